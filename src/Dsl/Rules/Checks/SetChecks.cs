namespace EnvoyGateway.Dsl.Rules;

/// <summary>What the whole-set rules need to know of one resource of a set (a struct: a 100,000-resource set allocates no objects for it).</summary>
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

/// <summary>EG4001 (two policies on one target) and EG4002 (duplicate identity) over a set, in set order.</summary>
internal static class SetChecks
{
    /// <summary>
    /// Reports each finding against the later entry: <paramref name="report"/>(rule, entry, path, args); the
    /// earlier entry it clashes with is a <see cref="SetPlace"/> argument.
    /// </summary>
    public static void Check(IReadOnlyList<SetEntry> entries, Action<RuleDescriptor, SetEntry, string, object?[]> report)
    {
        // Tuple keys (no per-entry string building; ValueTuple compares strings ordinally) mapping to the
        // entry's position: validation of a valid set allocates nothing per resource here.
        var identities = new Dictionary<(string Group, string Kind, string Namespace, string Name), int>(entries.Count);
        var targets = new Dictionary<(string PolicyKind, string TargetKind, string Namespace, string Name), int>(entries.Count);
        for (var position = 0; position < entries.Count; position++)
        {
            var entry = entries[position];
            var identity = (entry.Group, entry.Kind, entry.Namespace, entry.Name);
            if (identities.TryGetValue(identity, out var firstPosition))
            {
                var first = entries[firstPosition];
                report(RuleCatalog.EG4002, entry, "metadata.name", [entry.Display, new SetPlace(first.Index)]);
                continue;
            }

            identities.Add(identity, position);
            if (entry.TargetKind is null || entry.TargetName is null)
            {
                continue;
            }

            // Envoy Gateway resolves an unset targetRef.namespace to the policy's own namespace.
            var targetNamespace = string.IsNullOrEmpty(entry.TargetNamespace) ? entry.Namespace : entry.TargetNamespace;
            var target = (entry.Kind, entry.TargetKind, targetNamespace ?? "", entry.TargetName);
            if (targets.TryGetValue(target, out var holderPosition))
            {
                var holder = entries[holderPosition];
                report(RuleCatalog.EG4001, entry, "spec.targetRef", [entry.Display, entry.TargetKind, (targetNamespace!.Length > 0 ? targetNamespace + "/" : "") + entry.TargetName, holder.Display, new SetPlace(holder.Index)]);
            }
            else
            {
                targets.Add(target, position);
            }
        }
    }
}
