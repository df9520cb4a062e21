using EnvoyGateway.Dsl.CodeFixes;
using Verifier = EnvoyGateway.Dsl.Analyzers.Tests.CodeFixes.CodeFixVerifier<EnvoyGateway.Dsl.CodeFixes.Cel.TargetKindCodeFixProvider>;

namespace EnvoyGateway.Dsl.Analyzers.Tests.CodeFixes;

public sealed class TargetKindCodeFixTests
{
    private static string Target(string kind, string name = "api") => PolicySource.Returning($$"""
        new BackendTrafficPolicy("{{name}}")
        {
            Spec = { TargetRef = new() { Group = "gateway.networking.k8s.io", Kind = {{kind}}, Name = "{{name}}" } },
        }
        """);

    [Fact]
    public Task The_first_action_uses_the_closest_kind()
        => Verifier.VerifyAsync(Target("""{|EG2003:"TTPRoute"|}"""), Target("\"HTTPRoute\""), EquivalenceKeys.ReplaceWithClosestKind);

    [Fact]
    public Task Each_other_suggestion_is_an_action_of_its_own()
        => Verifier.VerifyAsync(Target("""{|EG2003:"TTPRoute"|}"""), Target("\"TCPRoute\""), EquivalenceKeys.ReplaceWithKind("TCPRoute"));

    [Fact]
    public Task Fix_all_in_a_project_uses_each_closest_kind()
        => new CodeFixVerifier<EnvoyGateway.Dsl.CodeFixes.Cel.TargetKindCodeFixProvider>(
            [Target("""{|EG2003:"httproute"|}"""), Target("""{|EG2003:"Gateways"|}""", "edge").Replace("Policies", "EdgePolicies", StringComparison.Ordinal)],
            [Target("\"HTTPRoute\""), Target("\"Gateway\"", "edge").Replace("Policies", "EdgePolicies", StringComparison.Ordinal)],
            EquivalenceKeys.ReplaceWithClosestKind).RunAsync();
}
