using EnvoyGateway.Dsl.Analyzers.Tests.Infrastructure;

namespace EnvoyGateway.Dsl.Analyzers.Tests.Rules;

public sealed class EG1003Tests
{
    [Fact]
    public Task Empty_target_name_is_reported_on_the_value()
        => AnalyzerTest.VerifyAsync(
            Policy.InClass("""
                public static BackendTrafficPolicy Api => new BackendTrafficPolicy("api")
                {
                    Metadata = { Namespace = "shop" },
                    Spec = { TargetRef = new() { Group = "gateway.networking.k8s.io", Kind = "HTTPRoute", Name = {|#0:""|} } },
                };
                """),
            AnalyzerTest.Diagnostic("EG1003").WithLocation(0)
                .WithMessage("'' is not valid for spec.targetRef.name: must be 1–253 characters long, but it has 0"));
    [Fact]
    public Task Non_empty_target_name_is_accepted()
        => AnalyzerTest.VerifyAsync(
            Policy.Returned(Policy.Valid()));

}
