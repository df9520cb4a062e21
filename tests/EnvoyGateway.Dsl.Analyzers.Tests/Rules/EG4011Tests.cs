using EnvoyGateway.Dsl.Rules;
using static EnvoyGateway.Dsl.Analyzers.Tests.Rules.Sets.SetObjectsFor;

namespace EnvoyGateway.Dsl.Analyzers.Tests.Rules;

/// <summary>
/// EG4011 through the analyzer's copy of the set rules (netstandard2.0 build). ManifestSetAnalyzer reports it while
/// you type for the objects of one set initializer (ParityTests: set10).
/// </summary>
public sealed class EG4011Tests
{
    [Fact]
    public void Gateway_policy_overridden_on_an_attached_route_unless_merged()
    {
        Assert.Equal(["EG4011 spec.targetRefs[0]"], Run(DeclaredGateway(0), DeclaredRoute(1), Policy(2, "gw", "Gateway", "eg"), Policy(3, "route", "HTTPRoute", "api")));
        var merged = Policy(3, "route", "HTTPRoute", "api");
        merged.MergeType = "StrategicMerge";
        Assert.Empty(Run(DeclaredGateway(0), DeclaredRoute(1), Policy(2, "gw", "Gateway", "eg"), merged));
    }
}
