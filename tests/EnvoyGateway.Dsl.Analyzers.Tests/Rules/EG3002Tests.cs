using EnvoyGateway.Dsl.Analyzers.Tests.Infrastructure;

namespace EnvoyGateway.Dsl.Analyzers.Tests.Rules;

public sealed class EG3002Tests
{
    [Fact]
    public Task Exact_without_value_is_reported_on_the_creation()
        => AnalyzerTest.VerifyAsync(
            Policy.Returned(Policy.Valid(Policy.RateLimitRule("""ClientSelectors = { new() { Headers = { {|#0:new()|} { Name = "x" } } } }, Limit = new() { Requests = 10, Unit = "Minute" }"""))),
            AnalyzerTest.Diagnostic("EG3002").WithLocation(0)
                .WithMessage("spec.rateLimit.global.rules[0].clientSelectors[0].headers[0].value is missing but the header match has type Exact (the default); Envoy Gateway v0.6.0 rejects the policy: set Value, or change Type to Distinct to limit each distinct value"));
    [Fact]
    public Task Exact_with_value_is_accepted()
        => AnalyzerTest.VerifyAsync(
            Policy.Returned(Policy.Valid(Policy.RateLimitRule("""ClientSelectors = { new() { Headers = { new() { Name = "x", Value = "v" } } } }, Limit = new() { Requests = 10, Unit = "Minute" }"""))));

}
