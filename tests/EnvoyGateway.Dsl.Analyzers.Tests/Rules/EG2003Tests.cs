using EnvoyGateway.Dsl.Analyzers.Tests.Infrastructure;

namespace EnvoyGateway.Dsl.Analyzers.Tests.Rules;

public sealed class EG2003Tests
{
    [Fact]
    public Task Unsupported_kind_is_reported_on_the_value()
        => AnalyzerTest.VerifyAsync(
            Policy.InClass("""
                public static BackendTrafficPolicy Api => new BackendTrafficPolicy("api")
                {
                    Metadata = { Namespace = "shop" },
                    Spec = { TargetRef = new() { Group = "gateway.networking.k8s.io", Kind = {|#0:"HttpRoute"|}, Name = "api" } },
                };
                """),
            AnalyzerTest.Diagnostic("EG2003").WithLocation(0)
                .WithMessage("'HttpRoute' is not a supported kind for spec.targetRef.kind; use one of Gateway, HTTPRoute, GRPCRoute, UDPRoute, TCPRoute, TLSRoute (did you mean 'HTTPRoute'?)"));
    [Fact]
    public Task Supported_kind_is_accepted()
        => AnalyzerTest.VerifyAsync(
            Policy.InClass("""
                public static BackendTrafficPolicy Api => new BackendTrafficPolicy("api")
                {
                    Metadata = { Namespace = "shop" },
                    Spec = { TargetRef = new() { Group = "gateway.networking.k8s.io", Kind = "GRPCRoute", Name = "api" } },
                };
                """));

}
