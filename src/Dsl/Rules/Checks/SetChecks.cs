namespace EnvoyGateway.Dsl.Rules;

/// <summary>
/// The whole-set rules (EG4xxx) over the declared objects of a set, in set order: identity (EG4002), references
/// (<see cref="SetReferenceChecks"/>), selectors (<see cref="SetSelectorChecks"/>) and policy precedence
/// (<see cref="SetPrecedenceChecks"/>). The one entry point for the build and the analyzers.
/// </summary>
internal static class SetChecks
{
    public static void Check(IReadOnlyList<SetObject> objects, Action<SetFinding> report)
    {
        // Tuple keys (ValueTuple compares strings ordinally); a duplicate takes no further part.
        var identities = new Dictionary<(string Group, string Kind, string Namespace, string Name), SetObject>(objects.Count);
        var unique = new List<SetObject>(objects.Count);
        foreach (var item in objects)
        {
            var identity = (item.Group, item.Kind, item.Namespace, item.Name);
            if (identities.TryGetValue(identity, out var first))
            {
                report(new SetFinding(RuleCatalog.EG4002, item, "metadata.name", null, null, [item.Display, new SetPlace(first.Index)]));
                continue;
            }

            identities.Add(identity, item);
            unique.Add(item);
        }

        var index = new SetIndex(unique);
        foreach (var item in unique)
        {
            SetReferenceChecks.Check(item, index, report);
            SetSelectorChecks.Check(item, index, report);
        }

        SetPrecedenceChecks.Check(unique, index, report);
    }
}
