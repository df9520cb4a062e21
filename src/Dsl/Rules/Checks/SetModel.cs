namespace EnvoyGateway.Dsl.Rules;

/// <summary>
/// What the set rules know of one declared object: identity, labels, and the parts other objects refer to or
/// refer with. Built from the model at build time and from constants at edit time, so the rules in
/// <see cref="SetChecks"/> read no model type. <see cref="Origin"/> and the references' origins are opaque to the
/// rules: the caller's handle for placing a finding (a model object, an operation).
/// </summary>
internal sealed class SetObject
{
    public SetObject(int index, string group, string kind, string? @namespace, string name, object? origin = null)
    {
        Index = index;
        Group = group;
        Kind = kind;
        Namespace = @namespace ?? "";
        Name = name;
        Origin = origin;
    }

    /// <summary>0-based position in the set.</summary>
    public int Index { get; }

    public string Group { get; }

    public string Kind { get; }

    /// <summary>"" when not set.</summary>
    public string Namespace { get; }

    public string Name { get; }

    public object? Origin { get; }

    public IReadOnlyDictionary<string, string>? Labels { get; set; }

    /// <summary>False when the labels are not all known (edit time: a non-constant label); a selector may then match the object.</summary>
    public bool LabelsKnown { get; set; } = true;

    /// <summary>A Gateway's listeners; null for other kinds, and at edit time when they are not all known.</summary>
    public List<SetListener>? Listeners { get; set; }

    /// <summary>A route's rule names (null items for unnamed rules); null for other kinds, and at edit time when they are not all known.</summary>
    public List<string?>? RuleNames { get; set; }

    /// <summary>Policy targets, route parents and backends, in declaration order.</summary>
    public List<SetReference> References { get; } = [];

    /// <summary>A policy's targetSelectors.</summary>
    public List<SetSelector> Selectors { get; } = [];

    /// <summary>A ReferenceGrant's permissions; null for other kinds.</summary>
    public SetGrant? Grant { get; set; }

    /// <summary>A policy's spec.mergeType (v1.9): a route-level policy with it merges into the Gateway's instead of overriding it.</summary>
    public string? MergeType { get; set; }

    public string Display => Kind + " '" + (Namespace.Length > 0 ? Namespace + "/" : "") + Name + "'";
}

internal enum SetReferenceRole
{
    PolicyTarget = 0,
    ParentRef = 1,
    BackendRef = 2,
}

/// <summary>One reference from a declared object to another, with defaults already applied (group, kind).</summary>
internal sealed class SetReference
{
    public SetReference(SetReferenceRole role, string path, string group, string kind, string? @namespace, string? name, object? origin = null)
    {
        Role = role;
        Path = path;
        Group = group;
        Kind = kind;
        Namespace = string.IsNullOrEmpty(@namespace) ? null : @namespace;
        Name = name;
        Origin = origin;
    }

    public SetReferenceRole Role { get; }

    /// <summary>The reference's path in its object (<c>spec.targetRefs[0]</c>); findings extend it with a field.</summary>
    public string Path { get; }

    public string Group { get; }

    public string Kind { get; }

    /// <summary>Null when the reference leaves it to the referring object's namespace.</summary>
    public string? Namespace { get; }

    public string? Name { get; }

    public string? SectionName { get; set; }

    public int? Port { get; set; }

    /// <summary>The caller's handle for the reference's own part (its line in C#, its fields in YAML).</summary>
    public object? Origin { get; }
}

/// <summary>One listener of a Gateway: what parentRefs select by and what allowedRoutes admits.</summary>
internal sealed class SetListener
{
    public SetListener(string? name, int? port, string? protocol)
    {
        Name = name;
        Port = port;
        Protocol = protocol;
    }

    public string? Name { get; }

    public int? Port { get; }

    public string? Protocol { get; }

    /// <summary>allowedRoutes.kinds (group defaulted); empty: the protocol decides.</summary>
    public List<(string Group, string Kind)> AllowedKinds { get; } = [];

    /// <summary>allowedRoutes.namespaces.from; null is Same.</summary>
    public string? NamespacesFrom { get; set; }
}

/// <summary>One targetSelectors item of a policy.</summary>
internal sealed class SetSelector
{
    public SetSelector(string path, string group, string kind, object? origin = null)
    {
        Path = path;
        Group = group;
        Kind = kind;
        Origin = origin;
    }

    public string Path { get; }

    public string Group { get; }

    public string Kind { get; }

    public object? Origin { get; }

    public IReadOnlyDictionary<string, string>? MatchLabels { get; set; }

    public List<SetLabelRequirement> MatchExpressions { get; } = [];

    /// <summary>namespaces.from (v1.5+): null or Same is the policy's namespace, All every namespace, Selector namespaces by label.</summary>
    public string? NamespacesFrom { get; set; }
}

/// <summary>One matchExpressions item: key, operator (In, NotIn, Exists, DoesNotExist) and values.</summary>
internal sealed class SetLabelRequirement
{
    public SetLabelRequirement(string? key, string? @operator, IReadOnlyList<string> values)
    {
        Key = key;
        Operator = @operator;
        Values = values;
    }

    public string? Key { get; }

    public string? Operator { get; }

    public IReadOnlyList<string> Values { get; }
}

/// <summary>What one ReferenceGrant permits: references from these (group, kind, namespace) to these (group, kind, name or any).</summary>
internal sealed class SetGrant
{
    public List<(string Group, string Kind, string Namespace)> From { get; } = [];

    public List<(string Group, string Kind, string? Name)> To { get; } = [];
}

/// <summary>
/// One set finding: the rule, the object it is about, the path of the offending field, and where to place it
/// (the origin's field, or the object when the origin is null).
/// </summary>
internal readonly struct SetFinding
{
    public SetFinding(RuleDescriptor rule, SetObject subject, string path, object? origin, string? field, object?[] args)
    {
        Rule = rule;
        Subject = subject;
        Path = path;
        Origin = origin;
        Field = field;
        Args = args;
    }

    public RuleDescriptor Rule { get; }

    public SetObject Subject { get; }

    public string Path { get; }

    public object? Origin { get; }

    public string? Field { get; }

    public object?[] Args { get; }
}
