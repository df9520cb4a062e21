using EnvoyGateway.Dsl.Analyzers.Tests.Infrastructure;

namespace EnvoyGateway.Dsl.Analyzers.Tests.Rules;

public sealed class EG3005Tests
{
    [Fact]
    public Task Other_namespace_is_reported_on_the_value()
        => AnalyzerTest.VerifyAsync(
            Policy.InClass("""
                public static BackendTrafficPolicy Api => new BackendTrafficPolicy("api")
                {
                    Metadata = { Namespace = "shop" },
                    Spec = { TargetRef = new() { Group = "gateway.networking.k8s.io", Kind = "HTTPRoute", Name = "api", Namespace = {|#0:"other"|} } },
                };
                """),
            AnalyzerTest.Diagnostic("EG3005").WithLocation(0)
                .WithMessage("spec.targetRef.namespace is 'other' but the policy is in namespace 'shop'; Envoy Gateway v0.6.0 only attaches a policy to targets in its own namespace: remove Namespace or move the policy to 'other'"));
    [Fact]
    public Task Same_namespace_is_accepted()
        => AnalyzerTest.VerifyAsync(
            Policy.InClass("""
                public static BackendTrafficPolicy Api => new BackendTrafficPolicy("api")
                {
                    Metadata = { Namespace = "shop" },
                    Spec = { TargetRef = new() { Group = "gateway.networking.k8s.io", Kind = "HTTPRoute", Name = "api", Namespace = "shop" } },
                };
                """));

}
