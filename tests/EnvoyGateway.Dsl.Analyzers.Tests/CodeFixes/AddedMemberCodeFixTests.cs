using EnvoyGateway.Dsl.CodeFixes;
using EnvoyGateway.Dsl.CodeFixes.Controller;
using EnvoyGateway.Dsl.CodeFixes.Metadata;

namespace EnvoyGateway.Dsl.Analyzers.Tests.CodeFixes;

/// <summary>The fixes that add a block: EG3006 (Global) and EG5006 (Namespace).</summary>
public sealed class AddedMemberCodeFixTests
{
    [Fact]
    public Task EG3006_adds_a_global_block_with_one_rule()
        => CodeFixVerifier<GlobalRateLimitCodeFixProvider>.VerifyAsync(
            PolicySource.WithSpec("""RateLimit = {|EG3006:new()|} { Type = "Global" },"""),
            PolicySource.WithSpec("""RateLimit = new() { Type = "Global", Global = new() { Rules = { new() { Limit = new() { Requests = 100, Unit = "Minute" } } } } },"""),
            EquivalenceKeys.AddGlobalRateLimit);

    [Fact]
    public Task EG5006_adds_the_namespace_to_the_metadata_initializer()
        => CodeFixVerifier<MissingNamespaceCodeFixProvider>.VerifyAsync(
            Policy("""
                {|EG5006:new BackendTrafficPolicy("api")|}
                {
                    Metadata = { Labels = { ["team"] = "edge" } },
                    Spec = { TargetRef = new() { Group = "gateway.networking.k8s.io", Kind = "HTTPRoute", Name = "api" } },
                }
                """),
            Policy("""
                new BackendTrafficPolicy("api")
                {
                    Metadata = { Labels = { ["team"] = "edge" }, Namespace = "default" },
                    Spec = { TargetRef = new() { Group = "gateway.networking.k8s.io", Kind = "HTTPRoute", Name = "api" } },
                }
                """),
            EquivalenceKeys.AddNamespace);

    [Fact]
    public Task EG5006_adds_a_metadata_initializer_to_the_policy()
        => CodeFixVerifier<MissingNamespaceCodeFixProvider>.VerifyAsync(
            Policy("""
                {|EG5006:new BackendTrafficPolicy("api")|}
                {
                    Spec = { TargetRef = new() { Group = "gateway.networking.k8s.io", Kind = "HTTPRoute", Name = "api" } },
                }
                """),
            Policy("""
                new BackendTrafficPolicy("api")
                {
                    Spec = { TargetRef = new() { Group = "gateway.networking.k8s.io", Kind = "HTTPRoute", Name = "api" } },
                    Metadata = { Namespace = "default" },
                }
                """),
            EquivalenceKeys.AddNamespace);

    [Fact]
    public Task EG5006_fills_an_empty_namespace()
        => CodeFixVerifier<MissingNamespaceCodeFixProvider>.VerifyAsync(
            Policy("""
                new BackendTrafficPolicy("api")
                {
                    Metadata = { Namespace = {|EG5006:""|} },
                    Spec = { TargetRef = new() { Group = "gateway.networking.k8s.io", Kind = "HTTPRoute", Name = "api" } },
                }
                """),
            Policy("""
                new BackendTrafficPolicy("api")
                {
                    Metadata = { Namespace = "default" },
                    Spec = { TargetRef = new() { Group = "gateway.networking.k8s.io", Kind = "HTTPRoute", Name = "api" } },
                }
                """),
            EquivalenceKeys.AddNamespace);

    [Fact]
    public Task EG5006_fix_all_in_a_project_gives_every_policy_a_namespace()
        => new CodeFixVerifier<MissingNamespaceCodeFixProvider>(
            [Policy("""{|EG5006:new BackendTrafficPolicy("api")|}"""), Policy("""{|EG5006:new BackendTrafficPolicy("web")|} { Metadata = { } }""", "WebPolicies")],
            [Policy("""new BackendTrafficPolicy("api") { Metadata = { Namespace = "default" } }"""), Policy("""new BackendTrafficPolicy("web") { Metadata = { Namespace = "default" } }""", "WebPolicies")],
            EquivalenceKeys.AddNamespace).RunAsync();

    private static string Policy(string policy, string className = "Policies") => PolicySource.Returning(policy, className);
}
