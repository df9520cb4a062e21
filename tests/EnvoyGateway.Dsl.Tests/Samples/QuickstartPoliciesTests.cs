using EnvoyGateway.Dsl.Tests.Oracle;
using EnvoyGateway.Dsl.Tests.Upstream;
using Quickstart;

namespace EnvoyGateway.Dsl.Tests.Samples;

/// <summary>
/// samples/Quickstart/Policies.cs is compiled into this assembly (see the csproj), so the sample cannot
/// rot: it must stay valid and keep targeting what its documentation says.
/// </summary>
public sealed class QuickstartPoliciesTests
{
    public static TheoryData<string> Environments() => new() { nameof(Policies.Staging), nameof(Policies.Production) };

    [Theory]
    [MemberData(nameof(Environments))]
    public void Environment_has_no_errors_or_warnings(string environment)
    {
        var findings = Set(environment).Validate(EnvoyGatewayVersion.V1_9).Where(d => d.Severity != ValidationSeverity.Info).Select(d => d.ToString());

        Assert.Empty(findings);
    }

    [Theory]
    [InlineData(nameof(Policies.Staging), "shop-staging")]
    [InlineData(nameof(Policies.Production), "shop")]
    public void Environment_yaml_targets_the_gateway_and_each_route_in_its_namespace(string environment, string ns)
    {
        var documents = Tree.FromYamlStream(Set(environment).ToYaml());
        var policies = documents.Where(d => (string?)Tree.At(d, "kind") == "BackendTrafficPolicy").ToList();

        Assert.Equal(
            ["Gateway/eg", "HTTPRoute/cart", "HTTPRoute/checkout", "HTTPRoute/search"],
            policies.Select(d => $"{Tree.At(d, "spec.targetRefs[0].kind")}/{Tree.At(d, "spec.targetRefs[0].name")}"));
        Assert.Equal(
            ["Gateway/eg", "HTTPRoute/cart", "HTTPRoute/checkout", "HTTPRoute/search"],
            documents.Where(d => (string?)Tree.At(d, "kind") != "BackendTrafficPolicy").Select(d => $"{Tree.At(d, "kind")}/{Tree.At(d, "metadata.name")}"));
        Assert.All(documents, d => Assert.Equal(ns, Tree.At(d, "metadata.namespace")));
        Assert.All(policies, d => Assert.Equal(Tree.Missing, Tree.At(d, "spec.targetRef")));
        Assert.Equal("LeastRequest", Tree.At(policies[0], "spec.loadBalancer.type"));
    }

    [Theory]
    [MemberData(nameof(Environments))]
    public void Environment_yaml_satisfies_the_crd_schema_of_1_9(string environment)
    {
        var schemas = new ReleaseCrdSchemas(UpstreamCorpus.CrdFolder("v1.9.0"));
        foreach (var document in DataTree.Stream(Set(environment).ToYaml()))
        {
            var root = (SortedDictionary<string, object?>)document!;
            var (group, version) = ((string)root["apiVersion"]!).Split('/') is [var g, var v] ? (g, v) : ("", "");
            Assert.Empty(schemas.Errors(group, (string)root["kind"]!, version, document));
        }
    }

    [Fact]
    public void Route_limits_are_per_user_and_per_ip_and_production_scales_them()
    {
        var staging = Tree.FromYamlStream(Policies.Staging.ToYaml());
        var production = Tree.FromYamlStream(Policies.Production.ToYaml());

        // The Gateway, its three routes and the load-balancing policy come first; then one rate-limit policy per route.
        for (var i = 5; i < staging.Count; i++)
        {
            Assert.Equal("x-user-id", Tree.At(staging[i], "spec.rateLimit.global.rules[0].clientSelectors[0].headers[0].name"));
            Assert.Equal("Distinct", Tree.At(staging[i], "spec.rateLimit.global.rules[0].clientSelectors[0].headers[0].type"));
            Assert.Equal("Distinct", Tree.At(staging[i], "spec.rateLimit.global.rules[1].clientSelectors[0].sourceCIDR.type"));
            for (var rule = 0; rule < 2; rule++)
            {
                var path = $"spec.rateLimit.global.rules[{rule}].limit.requests";
                Assert.Equal(10 * (long)Tree.At(staging[i], path)!, Tree.At(production[i], path));
            }
        }
    }

    private static ManifestSet Set(string environment) => environment switch
    {
        nameof(Policies.Staging) => Policies.Staging,
        nameof(Policies.Production) => Policies.Production,
        _ => throw new ArgumentOutOfRangeException(nameof(environment), environment, null),
    };
}
