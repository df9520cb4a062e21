using EnvoyGateway.Dsl.Rules;
using static EnvoyGateway.Dsl.Analyzers.Tests.Rules.Sets.SetObjectsFor;

namespace EnvoyGateway.Dsl.Analyzers.Tests.Rules;

/// <summary>
/// EG4009 through the analyzer's copy of the set rules (netstandard2.0 build). SetReferenceAnalyzer reports it while
/// you type against the whole compilation (Sets/EditTimeReferenceTests, Sets/MultiFileProjectTests).
/// </summary>
public sealed class EG4009Tests
{
    [Fact]
    public void Cross_namespace_backend_needs_a_grant_where_the_set_manages_that_namespace()
    {
        SetObject RouteToData() => WithCrossNamespaceBackend(DeclaredRoute(0));
        var neighbour = new SetObject(1, "gateway.envoyproxy.io", "Backend", "data", "cache");
        Assert.Equal(["EG4009 spec.rules[0].backendRefs[0].namespace"], Run(RouteToData(), neighbour));
        var grant = new SetObject(2, GatewayApiGroup, "ReferenceGrant", "data", "allow") { Grant = new SetGrant() };
        grant.Grant.From.Add((GatewayApiGroup, "HTTPRoute", "shop"));
        grant.Grant.To.Add(("", "Service", null));
        Assert.Empty(Run(RouteToData(), neighbour, grant));
        Assert.Empty(Run(RouteToData()));
    }

    private static SetObject WithCrossNamespaceBackend(SetObject route)
    {
        route.References.Add(new SetReference(SetReferenceRole.BackendRef, "spec.rules[0].backendRefs[0]", "", "Service", "data", "db"));
        return route;
    }
}
