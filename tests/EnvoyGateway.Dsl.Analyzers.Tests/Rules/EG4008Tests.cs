using EnvoyGateway.Dsl.Rules;
using static EnvoyGateway.Dsl.Analyzers.Tests.Rules.Sets.SetObjectsFor;

namespace EnvoyGateway.Dsl.Analyzers.Tests.Rules;

/// <summary>
/// EG4008 through the analyzer's copy of the set rules (netstandard2.0 build). SetReferenceAnalyzer reports it while
/// you type against the whole compilation (Sets/EditTimeReferenceTests, Sets/MultiFileProjectTests).
/// </summary>
public sealed class EG4008Tests
{
    private static SetObject WithBackend(SetObject route, string group, string kind, string name)
    {
        route.References.Add(new SetReference(SetReferenceRole.BackendRef, "spec.rules[0].backendRefs[0]", group, kind, null, name));
        return route;
    }

    [Fact]
    public void Backend_must_be_declared_and_services_are_never_guessed()
    {
        var backend = new SetObject(1, "gateway.envoyproxy.io", "Backend", "shop", "payments");
        Assert.Equal(["EG4008 spec.rules[0].backendRefs[0].name"], Run(WithBackend(DeclaredRoute(0), "gateway.envoyproxy.io", "Backend", "payment"), backend));
        Assert.Empty(Run(WithBackend(DeclaredRoute(0), "", "Service", "payment"), backend));
    }
}
