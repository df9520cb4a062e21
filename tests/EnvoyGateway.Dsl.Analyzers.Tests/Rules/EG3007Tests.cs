using EnvoyGateway.Dsl.Analyzers.Tests.Infrastructure;

namespace EnvoyGateway.Dsl.Analyzers.Tests.Rules;

public sealed class EG3007Tests
{
    [Fact]
    public Task Load_balancer_on_a_tcp_route_is_reported_on_the_target_ref()
        => AnalyzerTest.VerifyAsync(
            Policy.InClass("""
                public static BackendTrafficPolicy Api => new BackendTrafficPolicy("api")
                {
                    Metadata = { Namespace = "shop" },
                    Spec = { {|#0:TargetRef|} = new() { Group = "gateway.networking.k8s.io", Kind = "TCPRoute", Name = "db" }, LoadBalancer = new() { Type = "Random" } },
                };
                """),
            AnalyzerTest.Diagnostic("EG3007").WithLocation(0)
                .WithMessage("spec.targetRef targets a TCPRoute: Envoy Gateway v0.6.0 accepts the policy but ignores loadBalancer for TCP, UDP and TLS routes; target a Gateway, HTTPRoute or GRPCRoute instead"));
    [Fact]
    public Task Load_balancer_on_an_http_route_is_accepted()
        => AnalyzerTest.VerifyAsync(
            Policy.InClass("""
                public static BackendTrafficPolicy Api => new BackendTrafficPolicy("api")
                {
                    Metadata = { Namespace = "shop" },
                    Spec = { TargetRef = new() { Group = "gateway.networking.k8s.io", Kind = "HTTPRoute", Name = "db" }, LoadBalancer = new() { Type = "Random" } },
                };
                """));

}
