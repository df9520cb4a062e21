using EnvoyGateway.Dsl.Analyzers.Tests.Infrastructure;

namespace EnvoyGateway.Dsl.Analyzers.Tests.Rules;

public sealed class EG3001Tests
{
    [Fact]
    public Task Distinct_with_value_is_reported_on_the_value()
        => AnalyzerTest.VerifyAsync(
            Policy.Returned(Policy.Valid(Policy.RateLimitRule("""ClientSelectors = { new() { Headers = { new() { Name = "x", Type = HeaderMatchType.Distinct, Value = {|#0:"v"|} } } } }, Limit = new() { Requests = 10, Unit = "Minute" }"""))),
            AnalyzerTest.Diagnostic("EG3001").WithLocation(0)
                .WithMessage("spec.rateLimit.global.rules[0].clientSelectors[0].headers[0].value is 'v' but the header match has type Distinct; Envoy Gateway v0.6.0 rejects the policy (\"Unable to translate rateLimit\"): remove Value, or change Type to Exact"));
    [Fact]
    public Task Distinct_without_value_is_accepted()
        => AnalyzerTest.VerifyAsync(
            Policy.Returned(Policy.Valid(Policy.RateLimitRule("""ClientSelectors = { new() { Headers = { new() { Name = "x", Type = "Distinct" } } } }, Limit = new() { Requests = 10, Unit = "Minute" }"""))));

}
