using YamlDotNet.RepresentationModel;

namespace EnvoyGateway.Dsl.Tests.Yaml;

/// <summary>
/// Projects YAML into plain objects (string-keyed sorted dictionaries, lists, scalar text) so that two
/// documents compare by content, whatever their quoting, key order or layout.
/// </summary>
internal static class PlainYaml
{
    public static object? Load(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return Project(Assert.Single(stream.Documents).RootNode);
    }

    public static object? Project(YamlNode node) => node switch
    {
        YamlScalarNode scalar => scalar.Value,
        YamlSequenceNode sequence => sequence.Children.Select(Project).ToList(),
        YamlMappingNode mapping => new SortedDictionary<string, object?>(
            mapping.Children.ToDictionary(entry => ((YamlScalarNode)entry.Key).Value!, entry => Project(entry.Value)), StringComparer.Ordinal),
        _ => throw new InvalidOperationException($"unexpected node {node.NodeType}"),
    };

    /// <summary>The node as a standalone YAML document.</summary>
    public static string Serialize(YamlNode node)
    {
        var writer = new StringWriter();
        new YamlStream(new YamlDocument(node)).Save(writer, assignAnchors: false);
        return writer.ToString();
    }

    public static void AssertEqual(object? expected, object? actual, string path = "")
    {
        switch (expected)
        {
            case IDictionary<string, object?> expectedMap:
                var actualMap = Assert.IsAssignableFrom<IDictionary<string, object?>>(actual);
                Assert.True(expectedMap.Keys.SequenceEqual(actualMap.Keys), $"keys differ at '{path}': [{string.Join(", ", expectedMap.Keys)}] vs [{string.Join(", ", actualMap.Keys)}]");
                foreach (var (key, value) in expectedMap)
                {
                    AssertEqual(value, actualMap[key], path + "." + key);
                }

                break;
            case IList<object?> expectedList:
                var actualList = Assert.IsAssignableFrom<IList<object?>>(actual);
                Assert.True(expectedList.Count == actualList.Count, $"lengths differ at '{path}'");
                for (var i = 0; i < expectedList.Count; i++)
                {
                    AssertEqual(expectedList[i], actualList[i], $"{path}[{i}]");
                }

                break;
            default:
                Assert.True(Equals(expected, actual), $"'{expected}' vs '{actual}' at '{path}'");
                break;
        }
    }
}
