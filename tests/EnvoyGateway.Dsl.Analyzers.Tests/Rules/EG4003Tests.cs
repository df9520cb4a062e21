using EnvoyGateway.Dsl.Rules;
using static EnvoyGateway.Dsl.Analyzers.Tests.Rules.Sets.SetObjectsFor;

namespace EnvoyGateway.Dsl.Analyzers.Tests.Rules;

/// <summary>
/// EG4003 through the analyzer's copy of the set rules (netstandard2.0 build). SetReferenceAnalyzer reports it while
/// you type against the whole compilation (Sets/EditTimeReferenceTests, Sets/MultiFileProjectTests).
/// </summary>
public sealed class EG4003Tests
{
    [Fact]
    public void Missing_target_is_reported_where_the_set_declares_that_kind_in_that_namespace()
        => Assert.Equal(["EG4003 spec.targetRefs[0].name"], Run(DeclaredRoute(0), Policy(1, "auth", "HTTPRoute", "apii")));

    [Fact]
    public void Partial_set_without_routes_in_that_namespace_is_silent()
    {
        Assert.Empty(Run(Policy(0, "auth", "HTTPRoute", "apii")));
        Assert.Empty(Run(DeclaredRoute(0, ns: "other"), Policy(1, "auth", "HTTPRoute", "apii")));
    }
}
