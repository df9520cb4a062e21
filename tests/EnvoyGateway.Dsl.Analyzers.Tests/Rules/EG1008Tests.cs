using EnvoyGateway.Dsl.Analyzers.Tests.Infrastructure;

namespace EnvoyGateway.Dsl.Analyzers.Tests.Rules;

public sealed class EG1008Tests
{
    [Fact]
    public Task Requests_below_the_minimum_of_1_7()
        => AnalyzerTest.VerifyForAsync(
            "1.0",
            Policy.Returned(Policy.Valid(Policy.RateLimitRule("""Limit = new() { Requests = 5, Unit = "Day" }"""))));
}
