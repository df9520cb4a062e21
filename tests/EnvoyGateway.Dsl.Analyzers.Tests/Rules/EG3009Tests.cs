using EnvoyGateway.Dsl.Analyzers.Tests.Infrastructure;

namespace EnvoyGateway.Dsl.Analyzers.Tests.Rules;

public sealed class EG3009Tests
{
    [Fact]
    public Task Zero_requests_are_reported_on_the_value()
        => AnalyzerTest.VerifyAsync(
            Policy.Returned(Policy.Valid(Policy.RateLimitRule("""Limit = new() { Requests = {|#0:0|}, Unit = "Second" }"""))),
            AnalyzerTest.Diagnostic("EG3009").WithLocation(0)
                .WithMessage("spec.rateLimit.global.rules[0].limit.requests is 0: every matching request is rejected with HTTP 429; set a positive number of requests, or remove the rule"));
    [Fact]
    public Task Positive_requests_are_accepted()
        => AnalyzerTest.VerifyAsync(
            Policy.Returned(Policy.Valid(Policy.RateLimitRule("""Limit = new() { Requests = 1, Unit = "Second" }"""))));

}
