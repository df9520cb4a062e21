using EnvoyGateway.Dsl.Analyzers.Tests.Infrastructure;

namespace EnvoyGateway.Dsl.Analyzers.Tests.Rules;

public sealed class EG3004Tests
{
    [Fact]
    public Task Address_without_prefix_is_reported_on_the_value()
        => AnalyzerTest.VerifyAsync(
            Policy.Returned(Policy.Valid(Policy.RateLimitRule("""ClientSelectors = { new() { SourceCIDR = new() { Value = {|#0:"10.0.0.1"|} } } }, Limit = new() { Requests = 10, Unit = "Minute" }"""))),
            AnalyzerTest.Diagnostic("EG3004").WithLocation(0)
                .WithMessage("'10.0.0.1' at spec.rateLimit.global.rules[0].clientSelectors[0].sourceCIDR.value is not an IPv4 or IPv6 CIDR (address/prefix such as 10.0.0.0/8 or 2001:db8::/32) (did you mean '10.0.0.1/32'?)"));
    [Fact]
    public Task Cidr_is_accepted()
        => AnalyzerTest.VerifyAsync(
            Policy.Returned(Policy.Valid(Policy.RateLimitRule("""ClientSelectors = { new() { SourceCIDR = new() { Type = SourceMatchType.Distinct, Value = "10.0.0.0/8" } } }, Limit = new() { Requests = 10, Unit = "Minute" }"""))));

}
