using EnvoyGateway.Dsl.Serialization;

namespace EnvoyGateway.Dsl.Tests.Yaml;

/// <summary>The binder's readers for the shapes the generated model adds: int32, numbers, int-or-string, free-form JSON.</summary>
public class BindContextShapesTests
{
    private static YamlNode Value(string yaml)
    {
        var root = (YamlMappingNode)new YamlTreeReader("v: " + yaml + "\n", "test.yaml", ParseOptions.Default).ReadDocument()!;
        return root.Entries.Single().Value;
    }

    private static readonly BindContext Context = new("test.yaml");

    [Fact]
    public void Numbers_are_plain_integers_or_decimals_only()
    {
        Assert.Equal(0.5, Context.Double(Value("0.5")));
        Assert.Equal(3, Context.Double(Value("3")));
        Assert.Null(Context.Double(Value("null")));
        Assert.Contains("expected a number", Assert.Throws<ManifestParseException>(() => Context.Double(Value("'0.5'"))).Message, StringComparison.Ordinal);
        Assert.Contains("expected a number", Assert.Throws<ManifestParseException>(() => Context.Double(Value(".inf"))).Message, StringComparison.Ordinal);
        Assert.Equal(int.MaxValue, Context.Int32(Value("2147483647")));
        Assert.Contains("expected an integer from -2147483648 to 2147483647", Assert.Throws<ManifestParseException>(() => Context.Int32(Value("2147483648"))).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Int_or_string_takes_plain_integers_as_integers_and_anything_quoted_as_strings()
    {
        Assert.Equal((IntOrString)8080, Context.IntOrString(Value("8080")));
        Assert.Equal((IntOrString)"50%", Context.IntOrString(Value("50%")));
        Assert.Equal((IntOrString)"80", Context.IntOrString(Value("'80'")));
        Assert.Null(Context.IntOrString(Value("~")));
        Assert.Contains("expected a string", Assert.Throws<ManifestParseException>(() => Context.IntOrString(Value("true"))).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Free_form_values_become_JSON_typed_by_the_core_schema()
    {
        var json = Context.Json(Value("{a: [1, 1.5, true, null, x, '2'], b: {}}"))!;
        Assert.Equal("""{"a":[1,1.5,true,null,"x","2"],"b":{}}""", json.ToJsonString());
        Assert.Null(Context.Json(Value("null")));
    }
}
