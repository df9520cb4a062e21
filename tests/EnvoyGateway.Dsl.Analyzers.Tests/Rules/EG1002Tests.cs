using EnvoyGateway.Dsl.Analyzers.Tests.Infrastructure;

namespace EnvoyGateway.Dsl.Analyzers.Tests.Rules;

public sealed class EG1002Tests
{
    [Fact]
    public Task Missing_target_ref_is_reported_on_the_creation()
        => AnalyzerTest.VerifyAsync(
            Policy.InClass("""
                public static BackendTrafficPolicy Api => {|#0:new BackendTrafficPolicy("api")|} { Metadata = { Namespace = "shop" } };
                """),
            AnalyzerTest.Diagnostic("EG1002").WithLocation(0)
                .WithMessage("spec.targetRef is required but missing; set TargetRef = new() { Group = \"gateway.networking.k8s.io\", Kind = \"HTTPRoute\", Name = \"...\" }"));
    [Fact]
    public Task Missing_unit_is_reported_on_the_limit_creation()
        => AnalyzerTest.VerifyAsync(
            Policy.Returned(Policy.Valid(Policy.RateLimitRule("""Limit = {|#0:new()|} { Requests = 10 }"""))),
            AnalyzerTest.Diagnostic("EG1002").WithLocation(0)
                .WithMessage("spec.rateLimit.global.rules[0].limit.unit is required but missing; set Unit to one of Second, Minute, Hour, Day"));
    [Fact]
    public Task Complete_policy_has_no_finding()
        => AnalyzerTest.VerifyAsync(
            Policy.Returned(Policy.Valid(Policy.RateLimitRule("""Limit = new() { Requests = 10, Unit = "Minute" }"""))));
    [Fact]
    public Task Policy_in_a_local_may_be_completed_later()
        => AnalyzerTest.VerifyAsync(
            Policy.InClass("""
                public static BackendTrafficPolicy Api()
                {
                    var policy = new BackendTrafficPolicy("api") { Metadata = { Namespace = "shop" } };
                    policy.Spec.TargetRef = new() { Group = "gateway.networking.k8s.io", Kind = "HTTPRoute", Name = "api" };
                    return policy;
                }
                """));

}
