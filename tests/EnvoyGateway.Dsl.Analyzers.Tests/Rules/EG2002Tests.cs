using EnvoyGateway.Dsl.Analyzers.Tests.Infrastructure;

namespace EnvoyGateway.Dsl.Analyzers.Tests.Rules;

public sealed class EG2002Tests
{
    [Fact]
    public Task Other_group_is_reported_on_the_value()
        => AnalyzerTest.VerifyAsync(
            Policy.InClass("""
                public static BackendTrafficPolicy Api => new BackendTrafficPolicy("api")
                {
                    Metadata = { Namespace = "shop" },
                    Spec = { TargetRef = new() { Group = {|#0:"apps"|}, Kind = "HTTPRoute", Name = "api" } },
                };
                """),
            AnalyzerTest.Diagnostic("EG2002").WithLocation(0)
                .WithMessage("'apps' is not allowed for spec.targetRef.group: this policy can only target group gateway.networking.k8s.io; set Group = \"gateway.networking.k8s.io\""));
    [Fact]
    public Task Gateway_api_group_is_accepted()
        => AnalyzerTest.VerifyAsync(
            Policy.InClass("""
                public static BackendTrafficPolicy Api => new BackendTrafficPolicy("api")
                {
                    Metadata = { Namespace = "shop" },
                    Spec = { TargetRef = new() { Group = "gateway.networking.k8s.io", Kind = "HTTPRoute", Name = "api" } },
                };
                """));

}
