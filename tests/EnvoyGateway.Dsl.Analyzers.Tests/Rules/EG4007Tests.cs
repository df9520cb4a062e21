using EnvoyGateway.Dsl.Rules;
using static EnvoyGateway.Dsl.Analyzers.Tests.Rules.Sets.SetObjectsFor;

namespace EnvoyGateway.Dsl.Analyzers.Tests.Rules;

/// <summary>
/// EG4007 through the analyzer's copy of the set rules (netstandard2.0 build). SetReferenceAnalyzer reports it while
/// you type against the whole compilation (Sets/EditTimeReferenceTests, Sets/MultiFileProjectTests).
/// </summary>
public sealed class EG4007Tests
{
    [Fact]
    public void Listener_must_admit_the_route_namespace_and_kind()
    {
        Assert.Equal(["EG4007 spec.parentRefs[0]"], Run(DeclaredGateway(0), DeclaredRoute(1, ns: "team", gatewayNamespace: "shop")));
        Assert.Equal(["EG4007 spec.parentRefs[0]"], Run(DeclaredGateway(0, listeners: new SetListener("tcp", 9000, "TCP")), DeclaredRoute(1)));
        Assert.Empty(Run(DeclaredGateway(0, listeners: new SetListener("http", 80, "HTTP") { NamespacesFrom = "All" }), DeclaredRoute(1, ns: "team", gatewayNamespace: "shop")));
    }
}
