using EnvoyGateway.Dsl.Analyzers.Tests.Infrastructure;

namespace EnvoyGateway.Dsl.Analyzers.Tests.Rules;

public sealed class EG1001Tests
{
    [Fact]
    public Task Unit_outside_the_closed_set_is_reported_on_the_value()
        => AnalyzerTest.VerifyAsync(
            Policy.Returned(Policy.Valid(Policy.RateLimitRule("""Limit = new() { Requests = 10, Unit = {|#0:"Minutes"|} }"""))),
            AnalyzerTest.Diagnostic("EG1001").WithLocation(0)
                .WithMessage("'Minutes' is not a valid unit for spec.rateLimit.global.rules[0].limit.unit; use one of Second, Minute, Hour, Day (did you mean 'Minute'?)"));

    [Fact]
    public Task Closed_set_constants_are_accepted()
        => AnalyzerTest.VerifyAsync(Policy.Returned(Policy.Valid(Policy.RateLimitRule("Limit = new() { Requests = 10, Unit = RateLimitUnit.Minute }"))));

    [Fact]
    public Task Load_balancer_type_in_a_standalone_part_is_reported_with_its_canonical_path()
        => AnalyzerTest.VerifyAsync(
            Policy.InClass("""public static LoadBalancer Balancer() => new() { Type = {|#0:"roundrobin"|} };"""),
            AnalyzerTest.Diagnostic("EG1001").WithLocation(0)
                .WithMessage("'roundrobin' is not a valid load balancer type for spec.loadBalancer.type; use one of ConsistentHash, LeastRequest, Random, RoundRobin (did you mean 'RoundRobin'?)"));
}
