using System.Globalization;
using System.Text.Json.Nodes;
using EnvoyGateway.Dsl.Validation;

namespace EnvoyGateway.Dsl.Serialization;

/// <summary>
/// Typed reading of <see cref="YamlNode"/>s for the binders: the current field path, source locations, and
/// the conversions to string, integers, booleans and timestamps with precise errors. <c>null</c>, <c>~</c>
/// and empty values of optional fields read as absent.
/// </summary>
internal sealed class BindContext(string? sourceName)
{
    private static readonly string[] TimestampFormats =
    [
        "yyyy-MM-dd'T'HH:mm:ssK",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK",
    ];

    private readonly FieldSourceRecorder _recorder = new(sourceName ?? "");

    public FieldPath Path { get; } = new();

    public SourceLocation At(YamlNode node) => new(sourceName ?? "", node.Line, node.Column);

    /// <summary>
    /// Records where <paramref name="target"/>, bound from <paramref name="mapping"/>, is: the mapping's
    /// position, and that of every field, in order: the value's when it is a scalar with a value, else the
    /// key's (an empty value, or a block that starts on the next line). Stored in shared chunks with the
    /// reader's shared key strings: the cost of pointing at values.
    /// </summary>
    public void Record(SourceTrackedObject target, YamlMappingNode mapping)
    {
        var entries = mapping.Entries;
        var sources = _recorder.Record(target, mapping.Line, mapping.Column, entries.Count);
        for (var i = 0; i < entries.Count; i++)
        {
            var (key, value) = entries[i];
            sources.Set(i, ValueSource(key.Value, key, value));
        }
    }

    /// <summary>Where a finding about the entry's value points: the value when it is a scalar with a value, else the key.</summary>
    private static FieldSource ValueSource(string name, YamlNode key, YamlNode value)
    {
        var at = value is YamlScalarNode scalar && (scalar.Value.Length > 0 || !scalar.IsPlain) ? value : key;
        return new FieldSource(name, at.Line, at.Column);
    }

    public ManifestParseException Error(YamlNode node, string reason)
        => new(sourceName, node.Line, node.Column, Path.Render(""), reason);

    /// <summary>Raised with the field already pushed on <see cref="Path"/>.</summary>
    public ManifestParseException UnknownField(YamlScalarNode key, string objectName, string knownFields)
        => Error(key, $"unknown field \"{key.Value}\" in {objectName}; known fields: {knownFields}");

    public static bool IsNull(YamlNode node)
        => node is YamlScalarNode scalar && (scalar.Tag == YamlTag.Null || (scalar.IsPlain && scalar.PlainKind == PlainScalarKind.Null));

    /// <summary>The mapping, or null when the value is null (absent).</summary>
    public YamlMappingNode? Mapping(YamlNode node)
    {
        if (node is YamlMappingNode mapping && node.Tag is YamlTag.None or YamlTag.Map)
        {
            return mapping;
        }

        return IsNull(node) ? null : throw Error(node, $"expected a mapping, found {Found(node)}");
    }

    /// <summary>The sequence, or null when the value is null (absent).</summary>
    public YamlSequenceNode? Sequence(YamlNode node)
    {
        if (node is YamlSequenceNode sequence && node.Tag is YamlTag.None or YamlTag.Seq)
        {
            return sequence;
        }

        return IsNull(node) ? null : throw Error(node, $"expected a sequence, found {Found(node)}");
    }

    /// <summary>A string field: null when absent; refuses any plain scalar a YAML reader would take for another type.</summary>
    public string? String(YamlNode node) => IsNull(node) ? null : RequiredString(node);

    /// <summary>A string that must be there: a map value, a list item, a map key.</summary>
    public string RequiredString(YamlNode node)
    {
        if (node is YamlScalarNode scalar)
        {
            if (scalar.Tag == YamlTag.Str || (scalar.Tag == YamlTag.None && (!scalar.IsPlain || scalar.PlainKind == PlainScalarKind.String)))
            {
                return scalar.Value;
            }

            if (scalar.Tag == YamlTag.None)
            {
                throw Error(node, $"expected a string, found {scalar.Describe()}; quote it");
            }
        }

        throw Error(node, $"expected a string, found {Found(node)}");
    }

    public uint? UInt32(YamlNode node) => (uint?)Integer(node, 0, uint.MaxValue);

    public long? Int64(YamlNode node) => Integer(node, long.MinValue, long.MaxValue);

    public int? Int32(YamlNode node) => (int?)Integer(node, int.MinValue, int.MaxValue);

    /// <summary>A number: a plain integer or decimal (not YAML 1.1's .inf or .nan, which JSON cannot carry).</summary>
    public double? Double(YamlNode node)
    {
        if (IsNull(node))
        {
            return null;
        }

        if (node is YamlScalarNode scalar && scalar.IsPlain && scalar.Tag is YamlTag.None or YamlTag.Int or YamlTag.Float
            && scalar.PlainKind is PlainScalarKind.Integer or PlainScalarKind.Float
            && double.TryParse(scalar.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value))
        {
            return value;
        }

        throw Error(node, $"expected a number, found {Found(node)}");
    }

    /// <summary>x-kubernetes-int-or-string: a plain integer, or any string (quoted, or plain and not another type).</summary>
    public IntOrString? IntOrString(YamlNode node)
    {
        if (IsNull(node))
        {
            return null;
        }

        if (node is YamlScalarNode { IsPlain: true, Tag: YamlTag.None, PlainKind: PlainScalarKind.Integer } or YamlScalarNode { Tag: YamlTag.Int })
        {
            return Int32(node)!.Value;
        }

        return RequiredString(node);
    }

    /// <summary>Any value (x-kubernetes-preserve-unknown-fields), as JSON: plain scalars typed as YAML 1.2's core schema reads them.</summary>
    public JsonNode? Json(YamlNode node)
    {
        switch (node)
        {
            case YamlMappingNode mapping:
                var obj = new JsonObject();
                foreach (var (key, value) in mapping.Entries)
                {
                    Path.Push(key.Value);
                    obj[RequiredString(key)] = Json(value);
                    Path.Pop();
                }

                return obj;
            case YamlSequenceNode sequence:
                var array = new JsonArray();
                foreach (var item in sequence.Items)
                {
                    array.Add(Json(item));
                }

                return array;
            case YamlScalarNode scalar when IsNull(scalar):
                return null;
            case YamlScalarNode { IsPlain: true, Tag: YamlTag.None } scalar when scalar.PlainKind == PlainScalarKind.Boolean:
                return JsonValue.Create(Boolean(scalar));
            case YamlScalarNode { IsPlain: true, Tag: YamlTag.None } scalar when scalar.PlainKind == PlainScalarKind.Integer:
                return JsonValue.Create(Int64(scalar));
            case YamlScalarNode { IsPlain: true, Tag: YamlTag.None } scalar when scalar.PlainKind == PlainScalarKind.Float:
                return JsonValue.Create(Double(scalar));
            default:
                return JsonValue.Create(RequiredString(node));
        }
    }

    /// <summary>true or false only (not YAML 1.1's yes/no/on/off, which Kubernetes and YAML 1.2 disagree on).</summary>
    public bool? Boolean(YamlNode node)
    {
        if (IsNull(node))
        {
            return null;
        }

        if (node is YamlScalarNode scalar && (scalar.IsPlain || scalar.Tag == YamlTag.Bool))
        {
            switch (scalar.Value)
            {
                case "true": return true;
                case "false": return false;
            }
        }

        throw Error(node, $"expected true or false, found {Found(node)}");
    }

    /// <summary>An RFC 3339 timestamp (quoted or not), converted to UTC.</summary>
    public DateTimeOffset? Timestamp(YamlNode node)
    {
        if (IsNull(node))
        {
            return null;
        }

        if (node is YamlScalarNode scalar && scalar.Tag is YamlTag.None or YamlTag.Str or YamlTag.Timestamp
            && DateTimeOffset.TryParseExact(scalar.Value.ToUpperInvariant(), TimestampFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var value))
        {
            return value.ToUniversalTime();
        }

        throw Error(node, $"expected an RFC 3339 timestamp such as 2024-01-01T00:00:00Z, found {Found(node)}");
    }

    /// <summary>
    /// Binds each item of a sequence field into <paramref name="target"/>, with the path at
    /// <c>field[i]</c>; call it with <paramref name="field"/> pushed, as for any other field.
    /// </summary>
    public void Items<T>(YamlNode node, string field, List<T> target, Func<BindContext, YamlNode, T> bind)
    {
        if (Sequence(node) is not { } sequence)
        {
            return;
        }

        Path.Pop();
        target.EnsureCapacity(target.Count + sequence.Items.Count);
        for (var i = 0; i < sequence.Items.Count; i++)
        {
            Path.Push(field, i);
            target.Add(bind(this, sequence.Items[i]));
            Path.Pop();
        }

        Path.Push(field);
    }

    /// <summary>
    /// Reads a string-to-string map (labels, annotations) into <paramref name="target"/>; returns where its
    /// entries are: two per entry, the key's position and the value's, both named by the key.
    /// </summary>
    public FieldSourceList StringMap(YamlNode node, Dictionary<string, string> target)
    {
        if (Mapping(node) is not { } mapping)
        {
            return default;
        }

        var sources = _recorder.Reserve(2 * mapping.Entries.Count);
        for (var i = 0; i < mapping.Entries.Count; i++)
        {
            var (key, value) = mapping.Entries[i];
            Path.Push(key.Value);
            var name = RequiredString(key);
            target[name] = RequiredString(value);
            sources.Set(2 * i, new FieldSource(name, key.Line, key.Column));
            sources.Set((2 * i) + 1, ValueSource(name, key, value));
            Path.Pop();
        }

        return sources;
    }

    private long? Integer(YamlNode node, long min, long max)
    {
        if (IsNull(node))
        {
            return null;
        }

        string range() => string.Create(CultureInfo.InvariantCulture, $"an integer from {min} to {max}");
        if (node is not YamlScalarNode scalar || scalar.Tag is not (YamlTag.None or YamlTag.Int))
        {
            throw Error(node, $"expected {range()}, found {Found(node)}");
        }

        if (!scalar.IsPlain && scalar.Tag == YamlTag.None)
        {
            throw Error(node, $"expected {range()}, found {scalar.Describe()}; remove the quotes");
        }

        if (PlainScalars.TryParseCoreInteger(scalar.Value, out var value) && value >= min && value <= max)
        {
            return value;
        }

        if (scalar.PlainKind == PlainScalarKind.Integer && !PlainScalars.IsCoreIntegerSyntax(scalar.Value))
        {
            throw Error(node, $"expected {range()}, found {Shorten(scalar.Value)}, which is not a decimal, 0o octal or 0x hexadecimal integer");
        }

        throw Error(node, $"expected {range()}, found {PlainScalars.Describe(scalar.Value)}");
    }

    private static string Found(YamlNode node) => node switch
    {
        YamlScalarNode { Tag: not YamlTag.None } scalar => $"{TagText(scalar.Tag)} {Shorten(scalar.Value)}",
        _ => node.Describe(),
    };

    private static string TagText(YamlTag tag) => "!!" + tag.ToString().ToLowerInvariant();

    private static string Shorten(string value) => value.Length > 60 ? value[..60] + "…" : value;
}
