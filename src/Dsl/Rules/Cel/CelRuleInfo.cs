namespace EnvoyGateway.Dsl.Cel;

/// <summary>
/// One generated CEL rule at one schema node of one kind: <see cref="Key"/> is its stable name
/// (kind, schema path, hash of the rule text), shown in EG2100's message and properties so that one rule
/// can be suppressed; <see cref="Releases"/> has bit <c>i</c> set when release index <c>i</c> has it.
/// </summary>
internal sealed class CelRuleInfo(string key, string kind, string schemaPath, string rule, string? message, string? fieldPath, ulong releases,
    string? fixField = null, string? fixDiscriminator = null, string? fixValue = null)
{
    /// <summary>The name of the diagnostic property that carries <see cref="Key"/>.</summary>
    public const string PropertyName = "celRule";

    public string Key { get; } = key;

    public string Kind { get; } = kind;

    /// <summary>The JSON path of the rule's node in the schema: "" for the object, "[]" for list items, "{}" for map values.</summary>
    public string SchemaPath { get; } = schemaPath;

    public string Rule { get; } = rule;

    /// <summary>The CRD's message; null when the CRD gives none (the API server then says "failed rule: …").</summary>
    public string? Message { get; } = message;

    /// <summary>The CRD's fieldPath (relative to the rule's node), or null.</summary>
    public string? FieldPath { get; } = fieldPath;

    public ulong Releases { get; } = releases;

    /// <summary>
    /// The quick fix the rule implies, when it has one: with <see cref="FixField"/> (JSON name) set,
    /// <see cref="FixDiscriminator"/> (JSON name) must be <see cref="FixValue"/> (docs/cel-rules.md lists these rules).
    /// </summary>
    public string? FixField { get; } = fixField;

    public string? FixDiscriminator { get; } = fixDiscriminator;

    public string? FixValue { get; } = fixValue;

    /// <summary>What a finding of the rule carries beyond its message: <see cref="PropertyName"/> → <see cref="Key"/>; one table for all its findings.</summary>
    public IReadOnlyDictionary<string, string> Properties
        => _properties ??= new System.Collections.ObjectModel.ReadOnlyDictionary<string, string>(new Dictionary<string, string>(StringComparer.Ordinal) { [PropertyName] = Key });

    private IReadOnlyDictionary<string, string>? _properties;

    /// <summary>The message the API server shows for the rule.</summary>
    public string Describe() => Message ?? "failed rule: " + Rule;

    public override string ToString() => Key;
}
