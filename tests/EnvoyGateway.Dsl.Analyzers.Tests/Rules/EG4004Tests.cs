using EnvoyGateway.Dsl.Rules;
using static EnvoyGateway.Dsl.Analyzers.Tests.Rules.Sets.SetObjectsFor;

namespace EnvoyGateway.Dsl.Analyzers.Tests.Rules;

/// <summary>
/// EG4004 through the analyzer's copy of the set rules (netstandard2.0 build). SetReferenceAnalyzer reports it while
/// you type against the whole compilation (Sets/EditTimeReferenceTests, Sets/MultiFileProjectTests).
/// </summary>
public sealed class EG4004Tests
{
    [Fact]
    public void Section_must_name_a_listener_or_a_rule()
    {
        Assert.Equal(["EG4004 spec.targetRefs[0].sectionName"], Run(DeclaredGateway(0), Policy(1, "a", "Gateway", "eg", "https")));
        Assert.Equal(["EG4004 spec.targetRefs[0].sectionName"], Run(DeclaredGateway(0), DeclaredRoute(1), Policy(2, "a", "HTTPRoute", "api", "write")));
        Assert.Empty(Run(DeclaredGateway(0), DeclaredRoute(1), Policy(2, "a", "Gateway", "eg", "http"), Policy(3, "b", "HTTPRoute", "api", "read")));
    }
}
