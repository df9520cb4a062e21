using EnvoyGateway.Dsl.Analyzers.Tests.Infrastructure;

namespace EnvoyGateway.Dsl.Analyzers.Tests.Rules;

using EnvoyGateway.Dsl.Rules.Syntax;

public sealed class EG3003Tests
{
    // A lookahead: rejected by the RE2 check whatever its implementation (RE2 has no lookaround).
    private const string Lookahead = "(?=x)";

    [Fact]
    public Task Lookahead_is_reported_on_the_value()
        => AnalyzerTest.VerifyAsync(
            Policy.Returned(Policy.Valid(Policy.RateLimitRule("""ClientSelectors = { new() { Headers = { new() { Name = "x", Type = "RegularExpression", Value = {|#0:"(?=x)"|} } } } }, Limit = new() { Requests = 10, Unit = "Minute" }"""))),
            AnalyzerTest.Diagnostic("EG3003").WithLocation(0)
                .WithMessage($"'{Lookahead}' at spec.rateLimit.global.rules[0].clientSelectors[0].headers[0].value is not a valid RE2 expression: {Re2Syntax.Validate(Lookahead)}; Envoy rejects the route configuration"));

    [Fact]
    public Task Re2_expression_is_accepted()
        => AnalyzerTest.VerifyAsync(
            Policy.Returned(Policy.Valid(Policy.RateLimitRule("""ClientSelectors = { new() { Headers = { new() { Name = "x", Type = "RegularExpression", Value = "^a.*b$" } } } }, Limit = new() { Requests = 10, Unit = "Minute" }"""))));
}
