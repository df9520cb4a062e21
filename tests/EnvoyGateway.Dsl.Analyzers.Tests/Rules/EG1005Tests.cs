using EnvoyGateway.Dsl.Analyzers.Tests.Infrastructure;

namespace EnvoyGateway.Dsl.Analyzers.Tests.Rules;

public sealed class EG1005Tests
{
    [Fact]
    public Task Duplicate_header_is_reported_on_the_later_element()
        => AnalyzerTest.VerifyAsync(
            Policy.Returned(Policy.Valid(Policy.RateLimitRule("""ClientSelectors = { new() { Headers = { new() { Name = "x", Value = "1" }, {|#0:new() { Name = "x", Value = "2" }|} } } }, Limit = new() { Requests = 10, Unit = "Minute" }"""))),
            AnalyzerTest.Diagnostic("EG1005").WithLocation(0)
                .WithMessage("Header 'x' appears more than once in spec.rateLimit.global.rules[0].clientSelectors[0].headers[1]; header names must be unique within one client selector: remove the duplicate"));
    [Fact]
    public Task Distinct_header_names_are_accepted()
        => AnalyzerTest.VerifyAsync(
            Policy.Returned(Policy.Valid(Policy.RateLimitRule("""ClientSelectors = { new() { Headers = { new() { Name = "x", Value = "1" }, new() { Name = "y", Value = "2" } } } }, Limit = new() { Requests = 10, Unit = "Minute" }"""))));

}
