using System.Text;
using YamlDotNet.RepresentationModel;

namespace EnvoyGateway.Dsl.Tests.Rules;

/// <summary>
/// Envoy Gateway v0.6.0's own translator tests: validating the policies of each *.in.yaml must report
/// exactly the policies its *.out.yaml marks as not Accepted, and nothing for the accepted ones.
/// </summary>
public class EnvoyGatewayVerdictTests
{
    [Theory]
    [InlineData("backendtrafficpolicy-status-conditions")]
    [InlineData("backendtrafficpolicy-with-loadbalancer")]
    [InlineData("backendtrafficpolicy-with-ratelimit")]
    public void Validate_reports_exactly_the_policies_Envoy_Gateway_rejects(string name)
    {
        var set = ManifestSet.Parse(PoliciesAsStream(name + ".in.yaml"), name + ".in.yaml");
        var rejectedByUs = set.Validate(EnvoyGatewayVersion.V0_6)
            .Where(d => d.Severity == ValidationSeverity.Error)
            .Select(d => d.Resource!)
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToArray();
        Assert.Equal(NotAcceptedIn(name + ".out.yaml"), rejectedByUs);
        RuleAssert.Clean(set.Validate(EnvoyGatewayVersion.V0_6).Where(d => !rejectedByUs.Contains(d.Resource)).ToList());
    }

    [Fact]
    public void The_conflicts_of_status_conditions_are_EG4001_on_the_later_policies()
    {
        var set = ManifestSet.Parse(PoliciesAsStream("backendtrafficpolicy-status-conditions.in.yaml"));
        var conflicts = set.Validate(EnvoyGatewayVersion.V0_6).Where(d => d.Severity == ValidationSeverity.Error).ToList();
        Assert.All(conflicts, d => Assert.Equal("EG4001", d.Id));
        Assert.Equal(
            ["BackendTrafficPolicy/envoy-gateway/target-gateway-1-as-well", "BackendTrafficPolicy/envoy-gateway/also-target-httproute-in-gateway-1"],
            conflicts.Select(d => d.Resource!).ToArray());
    }

    /// <summary>The backendTrafficPolicies of an Envoy Gateway test input, as one YAML stream in file order.</summary>
    internal static string PoliciesAsStream(string file)
    {
        var builder = new StringBuilder();
        foreach (var policy in Policies(file))
        {
            var stream = new YamlStream(new YamlDocument(policy));
            using var writer = new StringWriter();
            stream.Save(writer, assignAnchors: false);
            builder.Append(writer.ToString().Replace("...", "", StringComparison.Ordinal)).Append("\n---\n");
        }

        return builder.ToString();
    }

    private static IEnumerable<YamlMappingNode> Policies(string file)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(Fixture.Read("envoy-gateway-v0.6.0", file)));
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        return ((YamlSequenceNode)root.Children[new YamlScalarNode("backendTrafficPolicies")]).Children.Cast<YamlMappingNode>();
    }

    private static string[] NotAcceptedIn(string file) => Policies(file)
        .Where(policy =>
        {
            var conditions = (YamlSequenceNode)((YamlMappingNode)policy["status"])["conditions"];
            return conditions.Children.Cast<YamlMappingNode>().Any(c => c["type"].ToString() == "Accepted" && c["status"].ToString() == "False");
        })
        .Select(policy =>
        {
            var meta = (YamlMappingNode)policy["metadata"];
            return $"BackendTrafficPolicy/{meta["namespace"]}/{meta["name"]}";
        })
        .Order(StringComparer.Ordinal)
        .ToArray();
}
