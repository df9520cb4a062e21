using System.Text;
using EnvoyGateway.Dsl.Generator.Crds;

namespace EnvoyGateway.Dsl.Generator.Model;

/// <summary>
/// The schema rules at one node of one release: everything the validator, the analyzer and the CEL
/// work need, and nothing about structure (the structure is the model's shapes). <see cref="Element"/>
/// holds the facts of a list's items or a map's values, so <c>[]string</c> with an item enum keeps it.
/// </summary>
internal sealed record NodeFacts
{
    public IReadOnlyList<string> Enum { get; init; } = [];

    public string? Minimum { get; init; }

    public string? Maximum { get; init; }

    public bool ExclusiveMinimum { get; init; }

    public bool ExclusiveMaximum { get; init; }

    public long? MinLength { get; init; }

    public long? MaxLength { get; init; }

    public string? Pattern { get; init; }

    /// <summary>The patterns of an <c>allOf</c> of patterns: a value must match each (and <see cref="Pattern"/>).</summary>
    public IReadOnlyList<string> AllOfPatterns { get; init; } = [];

    public string? Format { get; init; }

    public long? MinItems { get; init; }

    public long? MaxItems { get; init; }

    public long? MinProperties { get; init; }

    public long? MaxProperties { get; init; }

    public bool UniqueItems { get; init; }

    public string? ListType { get; init; }

    public IReadOnlyList<string> ListMapKeys { get; init; } = [];

    public string? MapType { get; init; }

    /// <summary>The default as compact JSON.</summary>
    public string? Default { get; init; }

    public bool Nullable { get; init; }

    /// <summary>For an object node: the JSON names of its required properties.</summary>
    public IReadOnlyList<string> Required { get; init; } = [];

    /// <summary>x-kubernetes-preserve-unknown-fields on an object that also lists properties.</summary>
    public bool PreserveUnknownFields { get; init; }

    public bool EmbeddedResource { get; init; }

    public string? Combinators { get; init; }

    public IReadOnlyList<CelRule> Validations { get; init; } = [];

    /// <summary>The facts of the items (list) or values (map); null for other shapes.</summary>
    public NodeFacts? Element { get; init; }

    /// <summary>A node's facts with what depends on its structure: the required list and preserve-unknown-fields of an object with properties, and its items' or values' facts.</summary>
    public static NodeFacts From(SchemaNode node) => node.Facts with
    {
        Required = node.Properties.Count > 0 ? node.Required : [],
        PreserveUnknownFields = node.PreserveUnknownFields && node.Properties.Count > 0,
        Element = node.Items is { } items ? From(items) : node.AdditionalProperties is { } values ? From(values) : null,
    };

    /// <summary>The innermost scalar's enum: the property's own, or its items' / values' (recursively).</summary>
    public IReadOnlyList<string> ScalarEnum => Enum.Count > 0 ? Enum : Element?.ScalarEnum ?? [];

    /// <summary>A canonical text of every fact, to tell whether two uses of one field agree.</summary>
    public string Canonical()
    {
        var builder = new StringBuilder();
        Append(builder);
        return builder.ToString();
    }

    private void Append(StringBuilder b)
    {
        b.Append("enum=").AppendJoin(',', Enum)
            .Append(";min=").Append(Minimum).Append(ExclusiveMinimum ? "x" : "")
            .Append(";max=").Append(Maximum).Append(ExclusiveMaximum ? "x" : "")
            .Append(";len=").Append(MinLength).Append("..").Append(MaxLength)
            .Append(";pattern=").Append(Pattern).Append('&').AppendJoin('&', AllOfPatterns)
            .Append(";format=").Append(Format)
            .Append(";items=").Append(MinItems).Append("..").Append(MaxItems).Append(UniqueItems ? "u" : "")
            .Append(";props=").Append(MinProperties).Append("..").Append(MaxProperties)
            .Append(";list=").Append(ListType).Append(':').AppendJoin(',', ListMapKeys)
            .Append(";map=").Append(MapType)
            .Append(";default=").Append(Default)
            .Append(";nullable=").Append(Nullable)
            .Append(";required=").AppendJoin(',', Required)
            .Append(";preserve=").Append(PreserveUnknownFields)
            .Append(";embedded=").Append(EmbeddedResource)
            .Append(";comb=").Append(Combinators)
            .Append(";cel=");
        foreach (var rule in Validations)
        {
            b.Append('[').Append(rule.Rule).Append('|').Append(rule.Message).Append('|').Append(rule.MessageExpression)
                .Append('|').Append(rule.FieldPath).Append('|').Append(rule.Reason).Append('|').Append(rule.OptionalOldSelf).Append(']');
        }

        if (Element is not null)
        {
            b.Append(";element={");
            Element.Append(b);
            b.Append('}');
        }
    }
}
