using EnvoyGateway.Dsl.Rules;
using static EnvoyGateway.Dsl.Analyzers.Tests.Rules.Sets.SetObjectsFor;

namespace EnvoyGateway.Dsl.Analyzers.Tests.Rules;

/// <summary>
/// EG4006 through the analyzer's copy of the set rules (netstandard2.0 build). SetReferenceAnalyzer reports it while
/// you type against the whole compilation (Sets/EditTimeReferenceTests, Sets/MultiFileProjectTests).
/// </summary>
public sealed class EG4006Tests
{
    [Fact]
    public void Parent_gateway_must_be_declared_where_the_set_declares_gateways()
    {
        Assert.Equal(["EG4006 spec.parentRefs[0].name"], Run(DeclaredGateway(0), DeclaredRoute(1, gateway: "edge")));
        Assert.Empty(Run(DeclaredRoute(0, gateway: "edge")));
    }
}
