using EnvoyGateway.Dsl.Analyzers.Tests.Infrastructure;

namespace EnvoyGateway.Dsl.Analyzers.Tests.Rules;

public sealed class EG3006Tests
{
    [Fact]
    public Task Rate_limit_without_global_is_reported_on_the_creation()
        => AnalyzerTest.VerifyAsync(
            Policy.Returned(Policy.Valid("""RateLimit = {|#0:new()|} { Type = RateLimitType.Global },""")),
            AnalyzerTest.Diagnostic("EG3006").WithLocation(0)
                .WithMessage("spec.rateLimit has no global block; Envoy Gateway v0.6.0 rejects the policy (\"Global configuration empty for rateLimit\"): add Global = new() { Rules = { ... } }"));
    [Fact]
    public Task Rate_limit_with_global_is_accepted()
        => AnalyzerTest.VerifyAsync(
            Policy.Returned(Policy.Valid(Policy.RateLimitRule("""Limit = new() { Requests = 10, Unit = "Minute" }"""))));

}
