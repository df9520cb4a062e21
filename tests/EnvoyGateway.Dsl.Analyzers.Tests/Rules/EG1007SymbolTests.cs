using EnvoyGateway.Dsl.Analyzers.Tests.Infrastructure;

namespace EnvoyGateway.Dsl.Analyzers.Tests.Rules;

public sealed class EG1007SymbolTests
{
    private static string Spec(string members) => Policy.InClass($$"""
        public static BackendTrafficPolicy Api => new("api")
        {
            Metadata = { Namespace = "shop" },
            Spec =
            {
                {{members}}
            },
        };
        """);

    [Fact]
    public Task TargetRef_is_deprecated_from_1_1_and_names_TargetRefs()
        => ReleaseRuleTest.VerifyAsync("1.9",
            Spec("""{|#0:TargetRef|} = new() { Group = "gateway.networking.k8s.io", Kind = "HTTPRoute", Name = "api" },"""),
            AnalyzerTest.Diagnostic("EG1007").WithLocation(0)
                .WithMessage("TargetRef is deprecated in Envoy Gateway 1.9: use TargetRefs instead (deprecated since 1.1) (at BackendTrafficPolicySpec.TargetRef)"));

    [Fact]
    public Task TargetRef_is_clean_before_the_deprecation()
        => ReleaseRuleTest.VerifyAsync("1.0",
            Spec("""TargetRef = new() { Group = "gateway.networking.k8s.io", Kind = "HTTPRoute", Name = "api" },"""));

    [Fact]
    public Task Compression_is_deprecated_from_1_6_and_names_Compressor()
        => ReleaseRuleTest.VerifyAsync("1.6",
            Spec("""
                TargetRefs = { new() { Group = "gateway.networking.k8s.io", Kind = "HTTPRoute", Name = "api" } },
                {|#0:Compression|} = { new() { Type = "Gzip" } },
                """),
            AnalyzerTest.Diagnostic("EG1007").WithLocation(0)
                .WithMessage("Compression is deprecated in Envoy Gateway 1.6: use Compressor instead (deprecated since 1.6) (at BackendTrafficPolicySpec.Compression)"));

    [Fact]
    public Task A_deprecated_member_without_a_replacement_points_at_its_documentation()
        => ReleaseRuleTest.VerifyAsync("1.6",
            Spec("""
                TargetRefs = { new() { Group = "gateway.networking.k8s.io", Kind = "HTTPRoute", Name = "api" } },
                RateLimit = new() { {|#0:Type|} = RateLimitType.Global, Global = new() { Rules = { new() { Limit = new() { Requests = 10, Unit = RateLimitUnit.Minute } } } } },
                """),
            AnalyzerTest.Diagnostic("EG1007").WithLocation(0)
                .WithMessage("Type is deprecated in Envoy Gateway 1.6: its documentation names what replaces it (deprecated since 1.6) (at RateLimitSpec.Type)"));

    [Fact]
    public Task A_deprecated_member_set_outside_an_initializer_is_reported_too()
        => ReleaseRuleTest.VerifyAsync("1.9",
            Policy.InClass("""
                public static BackendTrafficPolicy Api()
                {
                    var policy = new BackendTrafficPolicy("api");
                    policy.Spec.{|#0:TargetRef|} = new() { Group = "gateway.networking.k8s.io", Kind = "HTTPRoute", Name = "api" };
                    return policy;
                }
                """),
            AnalyzerTest.Diagnostic("EG1007").WithLocation(0)
                .WithMessage("TargetRef is deprecated in Envoy Gateway 1.9: use TargetRefs instead (deprecated since 1.1) (at BackendTrafficPolicySpec.TargetRef)"));
}
