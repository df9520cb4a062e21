using EnvoyGateway.Dsl.Analyzers.Tests.Infrastructure;

namespace EnvoyGateway.Dsl.Analyzers.Tests.Rules;

public sealed class EG4010Tests
{
    [Fact]
    public Task Earlier_policy_on_a_shared_target_is_told_it_wins()
        => AnalyzerTest.VerifyAsync(
            Policy.InClass("""
                public static ManifestSet Set { get; } =
                [
                    {|#0:new BackendTrafficPolicy("a")|} { Metadata = { Namespace = "shop" }, Spec = { TargetRef = new() { Group = "gateway.networking.k8s.io", Kind = "HTTPRoute", Name = "api" } } },
                    {|#1:new BackendTrafficPolicy("b")|} { Metadata = { Namespace = "shop" }, Spec = { TargetRef = new() { Group = "gateway.networking.k8s.io", Kind = "HTTPRoute", Name = "api" } } },
                    {|#2:new BackendTrafficPolicy("c")|} { Metadata = { Namespace = "shop" }, Spec = { TargetRef = new() { Group = "gateway.networking.k8s.io", Kind = "HTTPRoute", Name = "api" } } },
                ];
                """),
            AnalyzerTest.Diagnostic("EG4010").WithLocation(0)
                .WithMessage("BackendTrafficPolicy 'shop/a' targets HTTPRoute 'shop/api' like BackendTrafficPolicy 'shop/b' (at position 2), which comes later in the set; created in set order, BackendTrafficPolicy 'shop/a' is the older and wins, and BackendTrafficPolicy 'shop/b' is marked Conflicted and ignored: merge the two policies into one (at spec.targetRef)"),
            AnalyzerTest.Diagnostic("EG4001").WithLocation(1).WithMessage("BackendTrafficPolicy 'shop/b' targets HTTPRoute 'shop/api' like BackendTrafficPolicy 'shop/a' (at position 1), which comes earlier in the set; Envoy Gateway keeps the older policy (BackendTrafficPolicy 'shop/a') and marks BackendTrafficPolicy 'shop/b' Conflicted: merge the two policies into one (at spec.targetRef)"),
            AnalyzerTest.Diagnostic("EG4001").WithLocation(2).WithMessage("BackendTrafficPolicy 'shop/c' targets HTTPRoute 'shop/api' like BackendTrafficPolicy 'shop/a' (at position 1), which comes earlier in the set; Envoy Gateway keeps the older policy (BackendTrafficPolicy 'shop/a') and marks BackendTrafficPolicy 'shop/c' Conflicted: merge the two policies into one (at spec.targetRef)"));
}
