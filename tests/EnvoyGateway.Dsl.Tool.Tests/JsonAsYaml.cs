using System.Text.Json;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace EnvoyGateway.Dsl.Tool.Tests;

/// <summary>
/// The oracle's JSON as block-style YAML, as a person would have written it: strings quoted only where
/// needed to stay strings, numbers, booleans and nulls plain, so the parser sees the same values.
/// </summary>
internal static class JsonAsYaml
{
    public static string Convert(JsonElement element)
    {
        var stream = new YamlStream(new YamlDocument(Node(element)));
        using var writer = new StringWriter { NewLine = "\n" };
        stream.Save(writer, assignAnchors: false);
        return writer.ToString().Replace("\n...\n", "\n", StringComparison.Ordinal);
    }

    private static YamlNode Node(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => new YamlMappingNode(element.EnumerateObject().Select(p =>
            new KeyValuePair<YamlNode, YamlNode>(new YamlScalarNode(p.Name), Node(p.Value)))),
        JsonValueKind.Array => new YamlSequenceNode(element.EnumerateArray().Select(Node)),
        JsonValueKind.String => new YamlScalarNode(element.GetString()) { Style = ScalarStyle.DoubleQuoted },
        _ => new YamlScalarNode(element.GetRawText()) { Style = ScalarStyle.Plain },
    };

    /// <summary>
    /// Every resource in an oracle output: a top-level resource or List, or the resources nested in
    /// objects and arrays that hold several (named cases, derived variants).
    /// </summary>
    public static IEnumerable<(string Name, JsonElement Resource)> Resources(JsonElement element, string name)
    {
        if (element.ValueKind == JsonValueKind.Object && element.TryGetProperty("kind", out _))
        {
            yield return (name, element);
        }
        else if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                foreach (var found in Resources(property.Value, name + "." + property.Name))
                {
                    yield return found;
                }
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            var i = 0;
            foreach (var item in element.EnumerateArray())
            {
                foreach (var found in Resources(item, $"{name}[{i++}]"))
                {
                    yield return found;
                }
            }
        }
    }
}
