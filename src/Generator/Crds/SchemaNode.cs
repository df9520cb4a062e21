using EnvoyGateway.Dsl.Generator.Model;

namespace EnvoyGateway.Dsl.Generator.Crds;

/// <summary>
/// One node of a CRD's openAPIV3Schema (the structural-schema subset Kubernetes allows): its structure
/// here, its rules in <see cref="Facts"/> (the same record the model keeps per release). Numbers and
/// defaults keep their YAML spelling: the generator never computes with them, only carries them over.
/// </summary>
internal sealed class SchemaNode
{
    public string? Type { get; init; }

    public string? Description { get; init; }

    /// <summary>Child properties in file order (controller-gen writes them sorted).</summary>
    public IReadOnlyList<KeyValuePair<string, SchemaNode>> Properties { get; init; } = [];

    public IReadOnlyList<string> Required { get; init; } = [];

    public SchemaNode? Items { get; init; }

    /// <summary>The schema of a map's values (<c>additionalProperties</c> given as a schema).</summary>
    public SchemaNode? AdditionalProperties { get; init; }

    public bool IntOrString { get; init; }

    public bool PreserveUnknownFields { get; init; }

    /// <summary>The node's own rules, as read (no <see cref="NodeFacts.Element"/>, no required list: see <see cref="NodeFacts.From"/>).</summary>
    public NodeFacts Facts { get; init; } = new();

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
