using System.Globalization;
using System.Text;
using System.Text.Json;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace EnvoyGateway.Dsl.Tests.Upstream;

/// <summary>
/// YAML documents as plain data (maps, lists, strings, numbers, booleans, null) under YAML 1.2's core
/// schema, as the API server reads them: for comparing what we wrote with what we read, and as JSON for
/// the CRD schema.
/// </summary>
internal static class DataTree
{
    public static List<object?> Stream(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return [.. stream.Documents.Select(d => From(d.RootNode))];
    }

    public static object? From(YamlNode node) => node switch
    {
        YamlMappingNode mapping => mapping.Children.Aggregate(new SortedDictionary<string, object?>(StringComparer.Ordinal), (map, p) => { map[((YamlScalarNode)p.Key).Value!] = From(p.Value); return map; }),
        YamlSequenceNode sequence => sequence.Children.Select(From).ToList(),
        YamlScalarNode scalar => Resolve(scalar),
        _ => throw new InvalidDataException($"unexpected YAML node {node.NodeType} at {node.Start}"),
    };

    private static object? Resolve(YamlScalarNode scalar)
    {
        var value = scalar.Value ?? "";
        if (scalar.Style != ScalarStyle.Plain)
        {
            return value;
        }

        if (value is "" or "~" or "null" or "Null" or "NULL")
        {
            return null;
        }

        if (value is "true" or "True" or "TRUE" or "false" or "False" or "FALSE")
        {
            return value[0] is 't' or 'T';
        }

        if (long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
        {
            return (double)integer;
        }

        return value.Any(char.IsDigit) && !value.Contains('_', StringComparison.Ordinal) && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number)
            ? number
            : value;
    }

    /// <summary>The tree without null values and empty lists (what a writer that omits unset fields drops); a map stays, even if emptied.</summary>
    public static object? Normalize(object? tree)
    {
        switch (tree)
        {
            case SortedDictionary<string, object?> map:
                var result = new SortedDictionary<string, object?>(StringComparer.Ordinal);
                foreach (var (key, value) in map)
                {
                    var normalized = Normalize(value);
                    if (normalized is not null && normalized is not List<object?> { Count: 0 })
                    {
                        result[key] = normalized;
                    }
                }

                return result;
            case List<object?> list:
                return list.Select(Normalize).ToList();
            default:
                return tree;
        }
    }

    /// <summary>The first path where the trees differ; null when equal.</summary>
    public static string? FirstDifference(object? expected, object? actual, string path = "")
    {
        switch (expected, actual)
        {
            case (SortedDictionary<string, object?> a, SortedDictionary<string, object?> b):
                foreach (var key in a.Keys.Union(b.Keys).Order(StringComparer.Ordinal))
                {
                    var at = path.Length == 0 ? key : path + "." + key;
                    if (!a.TryGetValue(key, out var left) || !b.TryGetValue(key, out var right))
                    {
                        return at + (a.ContainsKey(key) ? " (missing in the written document)" : " (only in the written document)");
                    }

                    if (FirstDifference(left, right, at) is { } difference)
                    {
                        return difference;
                    }
                }

                return null;
            case (List<object?> a, List<object?> b):
                if (a.Count != b.Count)
                {
                    return $"{path} ({a.Count} items read, {b.Count} written)";
                }

                for (var i = 0; i < a.Count; i++)
                {
                    if (FirstDifference(a[i], b[i], $"{path}[{i}]") is { } difference)
                    {
                        return difference;
                    }
                }

                return null;
            default:
                return Equals(expected, actual) ? null : $"{path} ({Json(expected)} read, {Json(actual)} written)";
        }
    }

    public static string Json(object? tree)
    {
        var builder = new StringBuilder();
        Render(builder, tree);
        return builder.ToString();
    }

    private static void Render(StringBuilder builder, object? tree)
    {
        switch (tree)
        {
            case null: builder.Append("null"); break;
            case string s: builder.Append(JsonSerializer.Serialize(s)); break;
            case bool b: builder.Append(b ? "true" : "false"); break;
            case double d: builder.Append(d.ToString("R", CultureInfo.InvariantCulture)); break;
            case SortedDictionary<string, object?> map:
                builder.Append('{');
                var first = true;
                foreach (var (key, value) in map)
                {
                    builder.Append(first ? "" : ",").Append(JsonSerializer.Serialize(key)).Append(':');
                    Render(builder, value);
                    first = false;
                }

                builder.Append('}');
                break;
            case List<object?> list:
                builder.Append('[');
                for (var i = 0; i < list.Count; i++)
                {
                    builder.Append(i == 0 ? "" : ",");
                    Render(builder, list[i]);
                }

                builder.Append(']');
                break;
            default: throw new InvalidDataException($"unexpected tree node {tree.GetType()}");
        }
    }
}
