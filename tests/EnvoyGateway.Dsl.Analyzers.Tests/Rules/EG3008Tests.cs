using EnvoyGateway.Dsl.Analyzers.Tests.Infrastructure;

namespace EnvoyGateway.Dsl.Analyzers.Tests.Rules;

public sealed class EG3008Tests
{
    [Fact]
    public Task Two_source_cidr_selectors_are_reported_on_the_list_name()
        => AnalyzerTest.VerifyAsync(
            Policy.Returned(Policy.Valid(Policy.RateLimitRule("""{|#0:ClientSelectors|} = { new() { SourceCIDR = new() { Value = "10.0.0.0/8" } }, new() { SourceCIDR = new() { Value = "192.168.0.0/16" } } }, Limit = new() { Requests = 10, Unit = "Minute" }"""))),
            AnalyzerTest.Diagnostic("EG3008").WithLocation(0)
                .WithMessage("spec.rateLimit.global.rules[0].clientSelectors has 2 client selectors with sourceCIDR; Envoy Gateway v0.6.0 uses only the last one ('192.168.0.0/16'): put each range in a rule of its own"));
    [Fact]
    public Task One_source_cidr_selector_is_accepted()
        => AnalyzerTest.VerifyAsync(
            Policy.Returned(Policy.Valid(Policy.RateLimitRule("""ClientSelectors = { new() { SourceCIDR = new() { Value = "10.0.0.0/8" } }, new() { Headers = { new() { Name = "x", Value = "1" } } } }, Limit = new() { Requests = 10, Unit = "Minute" }"""))));

}
