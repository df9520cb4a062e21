using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace EnvoyGateway.Dsl.Tests.Oracle;

/// <summary>
/// A plain data tree that YAML and JSON both load into, so that documents are compared as objects and
/// not as text: maps are <see cref="SortedDictionary{TKey,TValue}"/> with ordinal keys, lists are
/// <see cref="List{T}"/>, scalars are string, long, bool or null.
/// </summary>
internal static partial class Tree
{
    /// <summary>Stands for "no such key" in paths and expectations (distinct from an explicit null).</summary>
    public static readonly object Missing = new MissingValue();

    public static SortedDictionary<string, object?> Map() => new(StringComparer.Ordinal);

    public static SortedDictionary<string, object?> Map(params (string Key, object? Value)[] entries)
    {
        var map = Map();
        foreach (var (key, value) in entries)
        {
            map.Add(key, value);
        }

        return map;
    }

    public static object? FromJson(string json)
    {
        using var document = JsonDocument.Parse(json);
        return FromJson(document.RootElement);
    }

    public static object? FromJson(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().Aggregate(Map(), (map, p) => { map.Add(p.Name, FromJson(p.Value)); return map; }),
        JsonValueKind.Array => element.EnumerateArray().Select(FromJson).ToList(),
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.TryGetInt64(out var number) ? number : throw new InvalidDataException($"non-integer number {element}"),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };

    /// <summary>Every document of a YAML stream, in order.</summary>
    public static List<object?> FromYamlStream(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return stream.Documents.Select(d => FromYaml(d.RootNode)).ToList();
    }

    public static object? FromYamlDocument(string yaml)
    {
        var documents = FromYamlStream(yaml);
        Assert.Single(documents);
        return documents[0];
    }

    public static object? FromYaml(YamlNode node) => node switch
    {
        YamlMappingNode mapping => mapping.Children.Aggregate(Map(), (map, p) => { map.Add(((YamlScalarNode)p.Key).Value!, FromYaml(p.Value)); return map; }),
        YamlSequenceNode sequence => sequence.Children.Select(FromYaml).ToList(),
        YamlScalarNode scalar => Resolve(scalar),
        _ => throw new InvalidDataException($"unexpected YAML node {node.NodeType} at {node.Start}"),
    };

    // YAML 1.2 core schema for plain scalars; quoted scalars are always strings.
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

        return Integer().IsMatch(value) ? long.Parse(value, CultureInfo.InvariantCulture) : value;
    }

    [GeneratedRegex("^[-+]?[0-9]+$")]
    private static partial Regex Integer();

    /// <summary>The value at a dotted path such as <c>spec.rateLimit.global.rules[0].limit</c>; <see cref="Missing"/> when absent.</summary>
    public static object? At(object? tree, string path)
    {
        var current = tree;
        foreach (var step in Steps(path))
        {
            current = (current, step) switch
            {
                (SortedDictionary<string, object?> map, string key) => map.TryGetValue(key, out var v) ? v : Missing,
                (List<object?> list, int index) => index < list.Count ? list[index] : Missing,
                _ => Missing,
            };
            if (ReferenceEquals(current, Missing))
            {
                return Missing;
            }
        }

        return current;
    }

    /// <summary>A deep copy of <paramref name="tree"/> with the value at <paramref name="path"/> replaced (or removed, for <see cref="Missing"/>).</summary>
    public static object? With(object? tree, string path, object? value)
    {
        var copy = Clone(tree);
        var steps = Steps(path).ToList();
        var parent = At(copy, Join(steps.Take(steps.Count - 1)));
        switch (parent, steps[^1])
        {
            case (SortedDictionary<string, object?> map, string key):
                if (ReferenceEquals(value, Missing))
                {
                    map.Remove(key);
                }
                else
                {
                    map[key] = value;
                }

                break;
            case (List<object?> list, int index):
                list[index] = value;
                break;
            default:
                throw new ArgumentException($"no parent for {path}", nameof(path));
        }

        return copy;
    }

    /// <summary>
    /// What <paramref name="actual"/> adds to or changes in <paramref name="baseline"/>: keys whose value is
    /// the same in both are dropped, recursively. Null when nothing differs.
    /// </summary>
    public static object? Added(object? actual, object? baseline)
    {
        if (actual is SortedDictionary<string, object?> a && baseline is SortedDictionary<string, object?> b)
        {
            Assert.True(b.Keys.All(a.ContainsKey), "the fragment removed a key of the baseline");
            var result = Map();
            foreach (var (key, value) in a)
            {
                var added = b.TryGetValue(key, out var old) ? Added(value, old) : value;
                if (added is not null)
                {
                    result.Add(key, added);
                }
            }

            return result.Count == 0 ? null : result;
        }

        return FirstDifference(baseline, actual) is null ? null : actual;
    }

    /// <summary>The first path where the two trees differ and how, or null when they are equal.</summary>
    public static string? FirstDifference(object? expected, object? actual, string path = "")
    {
        switch (expected, actual)
        {
            case (SortedDictionary<string, object?> e, SortedDictionary<string, object?> a):
                foreach (var key in e.Keys.Union(a.Keys).Order(StringComparer.Ordinal))
                {
                    var child = path.Length == 0 ? key : $"{path}.{key}";
                    if (!e.TryGetValue(key, out var ev))
                    {
                        return $"{child}: unexpected (actual {Render(a[key])})";
                    }

                    if (!a.TryGetValue(key, out var av))
                    {
                        return $"{child}: missing (expected {Render(ev)})";
                    }

                    if (FirstDifference(ev, av, child) is { } difference)
                    {
                        return difference;
                    }
                }

                return null;
            case (List<object?> e, List<object?> a):
                for (var i = 0; i < Math.Max(e.Count, a.Count); i++)
                {
                    var child = $"{path}[{i}]";
                    if (i >= a.Count)
                    {
                        return $"{child}: missing (expected {Render(e[i])})";
                    }

                    if (i >= e.Count)
                    {
                        return $"{child}: unexpected (actual {Render(a[i])})";
                    }

                    if (FirstDifference(e[i], a[i], child) is { } difference)
                    {
                        return difference;
                    }
                }

                return null;
            default:
                return Equals(expected, actual) ? null : $"{(path.Length == 0 ? "<root>" : path)}: expected {Render(expected)}, actual {Render(actual)}";
        }
    }

    /// <summary>Compact JSON-like text of a tree, for messages.</summary>
    public static string Render(object? tree)
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
            case long l: builder.Append(l.ToString(CultureInfo.InvariantCulture)); break;
            case SortedDictionary<string, object?> map:
                builder.Append('{');
                var first = true;
                foreach (var (key, value) in map)
                {
                    builder.Append(first ? "" : ", ").Append(JsonSerializer.Serialize(key)).Append(": ");
                    Render(builder, value);
                    first = false;
                }

                builder.Append('}');
                break;
            case List<object?> list:
                builder.Append('[');
                for (var i = 0; i < list.Count; i++)
                {
                    builder.Append(i > 0 ? ", " : "");
                    Render(builder, list[i]);
                }

                builder.Append(']');
                break;
            case MissingValue: builder.Append("<missing>"); break;
            default: builder.Append(tree.GetType().Name).Append('(').Append(tree).Append(')'); break;
        }
    }

    public static object? Clone(object? tree) => tree switch
    {
        SortedDictionary<string, object?> map => map.Aggregate(Map(), (copy, p) => { copy.Add(p.Key, Clone(p.Value)); return copy; }),
        List<object?> list => list.Select(Clone).ToList(),
        _ => tree,
    };

    private static IEnumerable<object> Steps(string path)
    {
        foreach (var part in path.Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            var bracket = part.IndexOf('[', StringComparison.Ordinal);
            yield return bracket < 0 ? part : part[..bracket];
            if (bracket >= 0)
            {
                foreach (var index in part[(bracket + 1)..].TrimEnd(']').Split("]["))
                {
                    yield return int.Parse(index, CultureInfo.InvariantCulture);
                }
            }
        }
    }

    private static string Join(IEnumerable<object> steps)
        => string.Concat(steps.Select((s, i) => s is int index ? $"[{index}]" : i == 0 ? (string)s : "." + s));

    private sealed class MissingValue;
}
