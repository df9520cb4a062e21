using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using EnvoyGateway.Dsl.Generator.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace EnvoyGateway.Dsl.Generator.Crds;

/// <summary>
/// Reads CustomResourceDefinition YAML streams. Strict about the schema keywords: a keyword it does not
/// know stops generation, so a new Kubernetes schema feature is noticed instead of silently dropped.
/// </summary>
internal static partial class CrdReader
{
    private static readonly HashSet<string> IgnoredKeywords = ["title", "example", "externalDocs", "$schema", "id"];

    public static IReadOnlyList<Crd> ReadFile(string path)
    {
        using var reader = new StreamReader(path, Encoding.UTF8);
        return Read(reader, path);
    }

    public static IReadOnlyList<Crd> Read(TextReader reader, string sourceName)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(reader);
        }
        catch (YamlException e)
        {
            throw new GenerationException($"{sourceName}: not valid YAML: {e.Message}");
        }

        var crds = new List<Crd>();
        foreach (var document in stream.Documents)
        {
            if (document.RootNode is not YamlMappingNode root || root.Children.Count == 0)
            {
                continue;
            }

            if (Scalar(root, "kind") != "CustomResourceDefinition")
            {
                throw new GenerationException($"{sourceName}:{root.Start.Line}: expected a CustomResourceDefinition, found kind '{Scalar(root, "kind")}'.");
            }

            crds.Add(ReadCrd(root, sourceName));
        }

        return crds;
    }

    private static Crd ReadCrd(YamlMappingNode root, string sourceName)
    {
        var where = $"{sourceName}:{root.Start.Line}";
        var metadata = Mapping(root, "metadata") ?? throw new GenerationException($"{where}: CRD without metadata.");
        var spec = Mapping(root, "spec") ?? throw new GenerationException($"{where}: CRD without spec.");
        var names = Mapping(spec, "names") ?? throw new GenerationException($"{where}: CRD without spec.names.");
        var versions = new List<CrdVersion>();
        foreach (var node in Sequence(spec, "versions")?.Children ?? [])
        {
            var version = AsMapping(node, where);
            var name = Scalar(version, "name") ?? throw new GenerationException($"{where}: a version without a name.");
            var schemaNode = Mapping(Mapping(version, "schema"), "openAPIV3Schema")
                ?? throw new GenerationException($"{where}: version {name} has no openAPIV3Schema.");
            versions.Add(new CrdVersion(
                name,
                Scalar(version, "served") == "true",
                Scalar(version, "storage") == "true",
                Scalar(version, "deprecated") == "true",
                ReadSchema(schemaNode, $"{where} {name}")));
        }

        return new Crd(
            Scalar(metadata, "name") ?? "",
            Scalar(spec, "group") ?? "",
            Scalar(names, "kind") ?? throw new GenerationException($"{where}: CRD without spec.names.kind."),
            Scalar(names, "plural") ?? "",
            Scalar(spec, "scope") ?? "",
            versions,
            sourceName);
    }

    private static SchemaNode ReadSchema(YamlMappingNode node, string where)
    {
        string? type = null, format = null, description = null, minimum = null, maximum = null, pattern = null;
        string? @default = null, listType = null, mapType = null;
        long? minLength = null, maxLength = null, minItems = null, maxItems = null, minProperties = null, maxProperties = null;
        bool exclusiveMinimum = false, exclusiveMaximum = false, uniqueItems = false, nullable = false;
        bool intOrString = false, preserveUnknownFields = false, embeddedResource = false;
        List<KeyValuePair<string, SchemaNode>> properties = [];
        List<string> required = [], @enum = [], listMapKeys = [], allOfPatterns = [];
        List<CelRule> validations = [];
        SchemaNode? items = null, additionalProperties = null;
        var combinators = new SortedDictionary<string, string>(StringComparer.Ordinal);

        foreach (var (keyNode, value) in node.Children)
        {
            var at = $"{where} line {keyNode.Start.Line}";
            var key = ScalarValue(keyNode, at);
            switch (key)
            {
                case "type": type = ScalarValue(value, at); break;
                case "format": format = ScalarValue(value, at); break;
                case "description": description = ScalarValue(value, at); break;
                case "properties":
                    foreach (var (name, child) in AsMapping(value, at).Children)
                    {
                        properties.Add(new(ScalarValue(name, at), ReadSchema(AsMapping(child, at), where)));
                    }

                    break;
                case "required": required.AddRange(Strings(value, at)); break;
                case "items": items = ReadSchema(AsMapping(value, at), where); break;
                case "additionalProperties":
                    if (value is YamlMappingNode schema)
                    {
                        additionalProperties = ReadSchema(schema, where);
                    }
                    else if (ScalarValue(value, at) != "false")
                    {
                        throw new GenerationException($"{at}: additionalProperties: {ScalarValue(value, at)} is not supported.");
                    }

                    break;
                case "enum": @enum.AddRange(AsSequence(value, at).Children.Select(ToJson)); break;
                case "minimum": minimum = ScalarValue(value, at); break;
                case "maximum": maximum = ScalarValue(value, at); break;
                case "exclusiveMinimum": exclusiveMinimum = ScalarValue(value, at) == "true"; break;
                case "exclusiveMaximum": exclusiveMaximum = ScalarValue(value, at) == "true"; break;
                case "minLength": minLength = Long(value, at); break;
                case "maxLength": maxLength = Long(value, at); break;
                case "pattern": pattern = ScalarValue(value, at); break;
                case "minItems": minItems = Long(value, at); break;
                case "maxItems": maxItems = Long(value, at); break;
                case "minProperties": minProperties = Long(value, at); break;
                case "maxProperties": maxProperties = Long(value, at); break;
                case "uniqueItems": uniqueItems = ScalarValue(value, at) == "true"; break;
                case "nullable": nullable = ScalarValue(value, at) == "true"; break;
                case "default": @default = ToJson(value); break;
                case "x-kubernetes-int-or-string": intOrString = ScalarValue(value, at) == "true"; break;
                case "x-kubernetes-preserve-unknown-fields": preserveUnknownFields = ScalarValue(value, at) == "true"; break;
                case "x-kubernetes-embedded-resource": embeddedResource = ScalarValue(value, at) == "true"; break;
                case "x-kubernetes-list-type": listType = ScalarValue(value, at); break;
                case "x-kubernetes-list-map-keys": listMapKeys.AddRange(Strings(value, at)); break;
                case "x-kubernetes-map-type": mapType = ScalarValue(value, at); break;
                case "x-kubernetes-validations":
                    foreach (var rule in AsSequence(value, at).Children.Select(r => AsMapping(r, at)))
                    {
                        validations.Add(new CelRule(
                            Scalar(rule, "rule") ?? throw new GenerationException($"{at}: a validation without a rule."),
                            Scalar(rule, "message"),
                            Scalar(rule, "messageExpression"),
                            Scalar(rule, "fieldPath"),
                            Scalar(rule, "reason"),
                            Scalar(rule, "optionalOldSelf") == "true"));
                    }

                    break;
                case "allOf" when PatternsOnly(value) is { } patterns: allOfPatterns.AddRange(patterns); break;
                case "anyOf" or "oneOf" or "allOf" or "not": combinators[key] = ToJson(value); break;
                default:
                    if (!IgnoredKeywords.Contains(key))
                    {
                        throw new GenerationException($"{at}: schema keyword '{key}' is not understood by the generator.");
                    }

                    break;
            }
        }

        return new SchemaNode
        {
            Type = type,
            Description = description,
            Properties = properties,
            Required = required,
            Items = items,
            AdditionalProperties = additionalProperties,
            IntOrString = intOrString,
            PreserveUnknownFields = preserveUnknownFields,
            Facts = new NodeFacts
            {
                Enum = @enum,
                Minimum = minimum,
                Maximum = maximum,
                ExclusiveMinimum = exclusiveMinimum,
                ExclusiveMaximum = exclusiveMaximum,
                MinLength = minLength,
                MaxLength = maxLength,
                Pattern = pattern,
                AllOfPatterns = allOfPatterns,
                Format = format,
                MinItems = minItems,
                MaxItems = maxItems,
                MinProperties = minProperties,
                MaxProperties = maxProperties,
                UniqueItems = uniqueItems,
                ListType = listType,
                ListMapKeys = listMapKeys,
                MapType = mapType,
                Default = @default,
                Nullable = nullable,
                EmbeddedResource = embeddedResource,
                Combinators = combinators.Count == 0 ? null : "{" + string.Join(",", combinators.Select(c => $"\"{c.Key}\":{c.Value}")) + "}",
                Validations = validations,
            },
        };
    }

    /// <summary>
    /// A YAML value as compact JSON with sorted keys, so equal values compare equal as strings. Plain
    /// scalars that YAML 1.2's core schema reads as numbers, booleans or null stay unquoted.
    /// </summary>
    internal static string ToJson(YamlNode node)
    {
        var builder = new StringBuilder();
        WriteJson(node, builder);
        return builder.ToString();
    }

    private static void WriteJson(YamlNode node, StringBuilder builder)
    {
        switch (node)
        {
            case YamlScalarNode scalar:
                var text = scalar.Value ?? "";
                if (scalar.Style == ScalarStyle.Plain && (text is "true" or "false" or "null" || NumberPattern().IsMatch(text)))
                {
                    builder.Append(text);
                }
                else
                {
                    AppendJsonString(builder, text);
                }

                break;
            case YamlSequenceNode sequence:
                builder.Append('[');
                for (var i = 0; i < sequence.Children.Count; i++)
                {
                    builder.Append(i == 0 ? "" : ",");
                    WriteJson(sequence.Children[i], builder);
                }

                builder.Append(']');
                break;
            case YamlMappingNode mapping:
                builder.Append('{');
                var first = true;
                foreach (var (key, value) in mapping.Children.OrderBy(c => ((YamlScalarNode)c.Key).Value, StringComparer.Ordinal))
                {
                    builder.Append(first ? "" : ",");
                    first = false;
                    AppendJsonString(builder, ((YamlScalarNode)key).Value ?? "");
                    builder.Append(':');
                    WriteJson(value, builder);
                }

                builder.Append('}');
                break;
            default:
                throw new GenerationException($"line {node.Start.Line}: unsupported YAML node {node.NodeType}.");
        }
    }

    private static void AppendJsonString(StringBuilder builder, string text)
    {
        builder.Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (c < ' ')
                    {
                        builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}");
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        builder.Append('"');
    }

    private static string? Scalar(YamlMappingNode? node, string key)
        => node is not null && node.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlScalarNode scalar ? scalar.Value : null;

    private static YamlMappingNode? Mapping(YamlMappingNode? node, string key)
        => node is not null && node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value as YamlMappingNode : null;

    private static YamlSequenceNode? Sequence(YamlMappingNode node, string key)
        => node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value as YamlSequenceNode : null;

    private static YamlMappingNode AsMapping(YamlNode node, string at)
        => node as YamlMappingNode ?? throw new GenerationException($"{at}: expected a mapping (a schema or a map of schemas).");

    private static YamlSequenceNode AsSequence(YamlNode node, string at)
        => node as YamlSequenceNode ?? throw new GenerationException($"{at}: expected a list.");

    private static string ScalarValue(YamlNode node, string at)
        => node is YamlScalarNode scalar ? scalar.Value ?? "" : throw new GenerationException($"{at}: expected a scalar.");

    private static long Long(YamlNode node, string at)
        => long.TryParse(ScalarValue(node, at), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new GenerationException($"{at}: expected an integer.");

    private static IEnumerable<string> Strings(YamlNode node, string at)
        => node is YamlSequenceNode sequence
            ? sequence.Children.Select(c => ScalarValue(c, at))
            : throw new GenerationException($"{at}: expected a list.");


    /// <summary>
    /// The patterns of an <c>allOf</c> whose items hold nothing but a pattern (resource.Quantity fields such as
    /// <c>bufferLimit</c>: Kubernetes' quantity pattern and Envoy Gateway's own); null for any other <c>allOf</c>.
    /// </summary>
    private static List<string>? PatternsOnly(YamlNode value)
    {
        if (value is not YamlSequenceNode sequence)
        {
            return null;
        }

        var patterns = new List<string>();
        foreach (var item in sequence.Children)
        {
            if (item is not YamlMappingNode { Children.Count: 1 } mapping
                || mapping.Children.First() is not { Key: YamlScalarNode { Value: "pattern" }, Value: YamlScalarNode { Value: { } pattern } })
            {
                return null;
            }

            patterns.Add(pattern);
        }

        return patterns;
    }
    [GeneratedRegex(@"^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?$")]
    private static partial Regex NumberPattern();
}
