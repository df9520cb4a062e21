namespace EnvoyGateway.Dsl.Rules;

/// <summary>What the analyzer knows of one policy of a set initializer (a struct: a 100,000-resource set allocates no objects for it).</summary>
internal readonly struct SetEntry
{
    public SetEntry(int index, string group, string kind, string? @namespace, string name, string? targetKind, string? targetNamespace, string? targetName)
    {
        Index = index;
        Group = group;
        Kind = kind;
        Namespace = @namespace ?? "";
        Name = name;
        TargetKind = targetKind;
        TargetNamespace = targetNamespace;
        TargetName = targetName;
    }

    public int Index { get; }

    public string Group { get; }

    public string Kind { get; }

    public string Namespace { get; }

    public string Name { get; }

    /// <summary>Null for resources that are not policies, or whose target is not known.</summary>
    public string? TargetKind { get; }

    public string? TargetNamespace { get; }

    public string? TargetName { get; }

    public string Display => Kind + " '" + (Namespace.Length > 0 ? Namespace + "/" : "") + Name + "'";
}

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

    /// <summary>The analyzer's policies of one initializer (one target each, the v0.6 <c>targetRef</c>) through the same rules.</summary>
    public static void Check(IReadOnlyList<SetEntry> entries, Action<RuleDescriptor, SetEntry, string, object?[]> report)
    {
        var objects = new List<SetObject>(entries.Count);
        foreach (var entry in entries)
        {
            var item = new SetObject(entry.Index, entry.Group, entry.Kind, entry.Namespace, entry.Name);
            if (entry.TargetKind is { } kind)
            {
                item.References.Add(new SetReference(SetReferenceRole.PolicyTarget, "spec.targetRef", SetReferenceChecks.GatewayApiGroup, kind, entry.TargetNamespace, entry.TargetName));
            }

            objects.Add(item);
        }

        Check(objects, finding => report(finding.Rule, entries[finding.Subject.Index], finding.Path == "metadata.name" ? finding.Path : "spec.targetRef", finding.Args));
    }
}
