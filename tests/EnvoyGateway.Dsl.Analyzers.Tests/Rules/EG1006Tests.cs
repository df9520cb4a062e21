using EnvoyGateway.Dsl.Analyzers.Tests.Infrastructure;

namespace EnvoyGateway.Dsl.Analyzers.Tests.Rules;

public sealed class EG1006Tests
{
    [Fact]
    public Task Property_added_later_is_reported_with_the_release_that_added_it()
        => AnalyzerTest.VerifyForAsync(
            "0.6",
            Policy.Returned(Policy.Valid("""{|#0:Timeout|} = new() { Tcp = new() { ConnectTimeout = "10s" } },""")),
            AnalyzerTest.Diagnostic("EG1006").WithLocation(0)
                .WithMessage("Timeout is not available in Envoy Gateway 0.6; it was added in 1.0 (at spec.timeout)"));

    [Fact]
    public Task Value_added_later_is_reported_on_the_value()
        => AnalyzerTest.VerifyForAsync(
            "1.8",
            Policy.Returned(Policy.Valid(Policy.RateLimitRule("""Limit = new() { Requests = 10, Unit = {|#0:"Week"|} }"""))).Replace("TargetRef = new()", "TargetRefs = { new()", StringComparison.Ordinal).Replace("""Name = "api" },""", """Name = "api" } },""", StringComparison.Ordinal),
            AnalyzerTest.Diagnostic("EG1006").WithLocation(0)
                .WithMessage("'Week' for Unit is not available in Envoy Gateway 1.8; it was added in 1.9 (at spec.rateLimit.global.rules[0].limit.unit)"));

    [Fact]
    public Task Newest_release_accepts_the_value()
        => AnalyzerTest.VerifyForAsync(
            "1.9",
            Policy.Returned(Policy.Valid(Policy.RateLimitRule("""Limit = new() { Requests = 10, Unit = "Week" }"""))).Replace("TargetRef = new()", "TargetRefs = { new()", StringComparison.Ordinal).Replace("""Name = "api" },""", """Name = "api" } },""", StringComparison.Ordinal));

    [Fact]
    public Task Non_constant_value_is_silent()
        => AnalyzerTest.VerifyForAsync(
            "1.8",
            Policy.Returned(Policy.Valid(Policy.RateLimitRule("""Limit = new() { Requests = 10, Unit = System.Environment.GetEnvironmentVariable("UNIT") }"""))).Replace("TargetRef = new()", "TargetRefs = { new()", StringComparison.Ordinal).Replace("""Name = "api" },""", """Name = "api" } },""", StringComparison.Ordinal));
}
