namespace EnvoyGateway.Dsl.Rules;

/// <summary>
/// The whole-set rules (EG4xxx) over the declared objects of a set, in set order: identity (EG4002), references
/// (<see cref="SetReferenceChecks"/>), selectors (<see cref="SetSelectorChecks"/>) and policy precedence
/// (<see cref="SetPrecedenceChecks"/>). The one entry point for the build and the analyzers.
/// </summary>
internal static class SetChecks
{
    public static void Check(IReadOnlyList<SetObject> objects, Action<SetFinding> report) => Check(new SetIndex(objects), report);

    /// <summary>The same over an index the caller keeps for itself (the topology graph draws from it).</summary>
    public static void Check(SetIndex index, Action<SetFinding> report)
    {
        // A duplicate takes no further part.
        foreach (var (item, first) in index.Duplicates)
        {
            report(new SetFinding(RuleCatalog.EG4002, item, "metadata.name", null, null, [item.Display, new SetPlace(first.Index)]));
        }

        foreach (var item in index.Unique)
        {
            SetReferenceChecks.Check(item, index, report);
            SetSelectorChecks.Check(item, index, report);
        }

        SetPrecedenceChecks.Check(index.Unique, index, report);
    }
}
