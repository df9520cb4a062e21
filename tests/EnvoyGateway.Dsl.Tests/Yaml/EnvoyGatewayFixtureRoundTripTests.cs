using EnvoyGateway.Dsl.Gateway.V1Alpha1;
using YamlDotNet.RepresentationModel;

namespace EnvoyGateway.Dsl.Tests.Yaml;

/// <summary>Every BackendTrafficPolicy of Envoy Gateway v0.6.0's own test inputs parses and re-emits to the same content.</summary>
public class EnvoyGatewayFixtureRoundTripTests
{
    public static TheoryData<string> InputFiles()
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.GetFiles(Fixture.Dir("envoy-gateway-v0.6.0"), "*.in.yaml").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(path));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(InputFiles))]
    public void Policies_round_trip(string file)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(Fixture.Read("envoy-gateway-v0.6.0", file)));
        var policies = (YamlSequenceNode)((YamlMappingNode)stream.Documents[0].RootNode)["backendTrafficPolicies"];
        Assert.NotEmpty(policies.Children);

        foreach (var node in policies.Children)
        {
            var parsed = Assert.IsType<BackendTrafficPolicy>(Assert.Single(ManifestSet.Parse(PlainYaml.Serialize(node))));

            PlainYaml.AssertEqual(PlainYaml.Project(node), PlainYaml.Load(parsed.ToYaml()));
        }
    }
}
