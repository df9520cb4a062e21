using EnvoyGateway.Dsl.Analyzers.Tests.Infrastructure;

namespace EnvoyGateway.Dsl.Analyzers.Tests.Rules;

public sealed class EG2004Tests
{
    [Fact]
    public Task Section_name_is_reported_on_the_value()
        => AnalyzerTest.VerifyAsync(
            Policy.InClass("""
                public static BackendTrafficPolicy Api => new BackendTrafficPolicy("api")
                {
                    Metadata = { Namespace = "shop" },
                    Spec = { TargetRef = new() { Group = "gateway.networking.k8s.io", Kind = "Gateway", Name = "eg", SectionName = {|#0:"http"|} } },
                };
                """),
            AnalyzerTest.Diagnostic("EG2004").WithLocation(0)
                .WithMessage("spec.targetRef.sectionName is 'http', but BackendTrafficPolicy does not support sectionName in Envoy Gateway v0.6.0; remove SectionName to target the whole resource"));
    [Fact]
    public Task No_section_name_is_accepted()
        => AnalyzerTest.VerifyAsync(
            Policy.InClass("""
                public static BackendTrafficPolicy Api => new BackendTrafficPolicy("api")
                {
                    Metadata = { Namespace = "shop" },
                    Spec = { TargetRef = new() { Group = "gateway.networking.k8s.io", Kind = "Gateway", Name = "eg" } },
                };
                """));

}
