namespace EnvoyGateway.Dsl.Generator.Crds;

/// <summary>
/// One node of a CRD's openAPIV3Schema (the structural-schema subset Kubernetes allows), with every
/// keyword the DSL cares about. Numbers and defaults keep their YAML spelling: the generator never
/// needs to compute with them, only to carry them over.
/// </summary>
internal sealed class SchemaNode
{
    public string? Type { get; init; }

    public string? Format { get; init; }

    public string? Description { get; init; }

    /// <summary>Child properties in file order (controller-gen writes them sorted).</summary>
    public IReadOnlyList<KeyValuePair<string, SchemaNode>> Properties { get; init; } = [];

    public IReadOnlyList<string> Required { get; init; } = [];

    public SchemaNode? Items { get; init; }

    /// <summary>The schema of a map's values (<c>additionalProperties</c> given as a schema).</summary>
    public SchemaNode? AdditionalProperties { get; init; }

    public IReadOnlyList<string> Enum { get; init; } = [];

    public string? Minimum { get; init; }

    public string? Maximum { get; init; }

    public bool ExclusiveMinimum { get; init; }

    public bool ExclusiveMaximum { get; init; }

    public long? MinLength { get; init; }

    public long? MaxLength { get; init; }

    public string? Pattern { get; init; }

    public long? MinItems { get; init; }

    public long? MaxItems { get; init; }

    public long? MinProperties { get; init; }

    public long? MaxProperties { get; init; }

    public bool UniqueItems { get; init; }

    public bool Nullable { get; init; }

    /// <summary>The default value as compact JSON (keys sorted), or null.</summary>
    public string? Default { get; init; }

    public bool IntOrString { get; init; }

    public bool PreserveUnknownFields { get; init; }

    public bool EmbeddedResource { get; init; }

    public string? ListType { get; init; }

    public IReadOnlyList<string> ListMapKeys { get; init; } = [];

    public string? MapType { get; init; }

    /// <summary><c>anyOf</c>/<c>oneOf</c>/<c>allOf</c>/<c>not</c> as compact JSON (rare: kept, not interpreted).</summary>
    public string? Combinators { get; init; }

    public IReadOnlyList<CelRule> Validations { get; init; } = [];

    public SchemaNode? Property(string name)
    {
        foreach (var (key, value) in Properties)
        {
            if (key == name)
            {
                return value;
            }
        }

        return null;
    }
}

/// <summary>One <c>x-kubernetes-validations</c> entry, kept verbatim for the CEL rules (not evaluated here).</summary>
internal sealed record CelRule(string Rule, string? Message, string? MessageExpression, string? FieldPath, string? Reason, bool OptionalOldSelf);
