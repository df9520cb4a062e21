using EnvoyGateway.Dsl.Analyzers.Tests.Infrastructure;

namespace EnvoyGateway.Dsl.Analyzers.Tests.Rules;

public sealed class EG1008Tests
{
    [Fact]
    public Task Requests_below_the_minimum_of_1_7()
        => AnalyzerTest.VerifyForAsync(
            "1.0",
            Policy.Returned(Policy.Valid(Policy.RateLimitRule("""Limit = new() { Requests = 5, Unit = "Day" }"""))));

    [Fact]
    public Task Zero_requests_is_out_of_range_where_the_release_has_a_minimum()
        => AnalyzerTest.VerifyForAsync(
            "1.7",
            Policy.Returned(Policy.Valid(Policy.RateLimitRule("""Limit = new() { Requests = {|#0:0|}, Unit = "Day" }"""))).Replace("TargetRef = new()", "TargetRefs = { new()", StringComparison.Ordinal).Replace("""Name = "api" },""", """Name = "api" } },""", StringComparison.Ordinal),
            AnalyzerTest.Diagnostic("EG1008").WithLocation(0)
                .WithMessage("0 is out of range for spec.rateLimit.global.rules[0].limit.requests: it must be between 1 and 4294967295"),
            AnalyzerTest.Diagnostic("EG3009").WithLocation(0));
}
