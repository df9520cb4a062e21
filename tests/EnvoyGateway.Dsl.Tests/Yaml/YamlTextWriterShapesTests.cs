using System.Text.Json.Nodes;
using EnvoyGateway.Dsl.Serialization;

namespace EnvoyGateway.Dsl.Tests.Yaml;

// Quoting follows the writer's conservative rules (docs/yaml.md): 'n' and 'yes' are YAML 1.1 booleans; '50%' is quoted too.
/// <summary>The writer's primitives for the shapes the generated model adds: numbers, int-or-string, free-form JSON, scalar items.</summary>
public class YamlTextWriterShapesTests
{
    private static string Write(Action<YamlTextWriter, YamlTextWriter.Scope> write)
    {
        using var buffer = new YamlBuffer(16);
        var writer = new YamlTextWriter(buffer);
        write(writer, YamlTextWriter.Root);
        writer.EndDocument();
        return buffer.ToString();
    }

    [Fact]
    public void Free_form_JSON_is_written_as_block_YAML_with_sorted_keys()
    {
        var json = JsonNode.Parse("""{"z": 1, "a": {"list": [1, "two", true, null, [3, [4]], {"k": "v", "e": {}}], "empty": []}, "s": "yes", "n": null}""");
        var yaml = Write((w, root) => w.Json(ref root, "value", json));
        Assert.Equal(
            """
            value:
              a:
                empty: []
                list:
                - 1
                - two
                - true
                - null
                - - 3
                  - - 4
                - e: {}
                  k: v
              'n': null
              s: 'yes'
              z: 1

            """.Replace("\r", "", StringComparison.Ordinal),
            yaml);

        var reread = new YamlDotNet.Serialization.DeserializerBuilder().Build().Deserialize<Dictionary<string, object>>(yaml);
        var list = (List<object>)((Dictionary<object, object>)((Dictionary<object, object>)reread["value"])["a"])["list"];
        Assert.Equal(["3", new List<object> { "4" }], (List<object>)list[4]);
    }

    [Fact]
    public void Numbers_int_or_string_and_scalar_items_are_written_plainly_or_quoted_as_YAML_needs()
    {
        var yaml = Write((w, root) =>
        {
            w.Number(ref root, "half", 0.5);
            w.Number(ref root, "huge", 1e21);
            w.IntOrString(ref root, "port", 8080);
            w.IntOrString(ref root, "percent", "50%");
            w.IntOrString(ref root, "quoted", "80");
            w.IntOrString(ref root, "unset", null);
            w.BeginSequence(ref root, "items");
            w.RawItem(root, "1");
            w.IntOrStringItem(root, "true");
        });
        Assert.Equal("half: 0.5\nhuge: 1e+21\nport: 8080\npercent: '50%'\nquoted: '80'\nitems:\n- 1\n- 'true'\n", yaml);
    }
}
