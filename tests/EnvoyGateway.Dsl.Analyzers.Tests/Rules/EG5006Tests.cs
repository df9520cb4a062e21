using EnvoyGateway.Dsl.Analyzers.Tests.Infrastructure;

namespace EnvoyGateway.Dsl.Analyzers.Tests.Rules;

public sealed class EG5006Tests
{
    [Fact]
    public Task Missing_namespace_is_reported_on_the_creation()
        => AnalyzerTest.VerifyAsync(
            Policy.InClass("""
                public static BackendTrafficPolicy Api => {|#0:new BackendTrafficPolicy("api")|}
                {
                    Spec = { TargetRef = new() { Group = "gateway.networking.k8s.io", Kind = "HTTPRoute", Name = "api" } },
                };
                """),
            AnalyzerTest.Diagnostic("EG5006").WithLocation(0)
                .WithMessage("metadata.namespace is not set: the policy lands in whatever namespace it is applied to, and its targetRef namespace (EG3005) cannot be checked; set Metadata.Namespace"));
    [Fact]
    public Task Namespace_is_accepted()
        => AnalyzerTest.VerifyAsync(
            Policy.Returned("""Metadata = { Namespace = "shop",  }, Spec = { TargetRef = new() { Group = "gateway.networking.k8s.io", Kind = "HTTPRoute", Name = "api" } },"""));

}
