using EnvoyGateway.Dsl.Rules;
using static EnvoyGateway.Dsl.Analyzers.Tests.Rules.Sets.SetObjectsFor;

namespace EnvoyGateway.Dsl.Analyzers.Tests.Rules;

/// <summary>
/// EG4005 through the analyzer's copy of the set rules (netstandard2.0 build). SetReferenceAnalyzer reports it while
/// you type against the whole compilation (Sets/EditTimeReferenceTests, Sets/MultiFileProjectTests).
/// </summary>
public sealed class EG4005Tests
{
    private static SetObject Selecting(int index, SetSelector selector)
    {
        var policy = new SetObject(index, "gateway.envoyproxy.io", "BackendTrafficPolicy", "shop", "sel");
        policy.Selectors.Add(selector);
        return policy;
    }

    [Fact]
    public void Selector_matching_nothing_is_reported_and_a_partial_set_is_silent()
    {
        var web = new SetSelector("spec.targetSelectors[0]", GatewayApiGroup, "HTTPRoute") { MatchLabels = new Dictionary<string, string> { ["app"] = "web" } };
        Assert.Equal(["EG4005 spec.targetSelectors[0]"], Run(DeclaredRoute(0), Selecting(1, web)));
        Assert.Empty(Run(DeclaredRoute(0, ns: "other"), Selecting(1, web)));
        var api = new SetSelector("spec.targetSelectors[0]", GatewayApiGroup, "HTTPRoute");
        api.MatchExpressions.Add(new SetLabelRequirement("app", "In", ["web", "api"]));
        Assert.Empty(Run(DeclaredRoute(0), Selecting(1, api)));
    }
}
