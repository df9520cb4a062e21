using EnvoyGateway.Dsl.Analyzers.Tests.Infrastructure;

namespace EnvoyGateway.Dsl.Analyzers.Tests.Rules;

public sealed class EG2001Tests
{
    [Fact]
    public Task Consistent_hash_type_without_block_is_reported_on_the_type()
        => AnalyzerTest.VerifyAsync(
            Policy.Returned(Policy.Valid("""LoadBalancer = new() { Type = {|#0:LoadBalancerType.ConsistentHash|} },""")),
            AnalyzerTest.Diagnostic("EG2001").WithLocation(0)
                .WithMessage("spec.loadBalancer.type is 'ConsistentHash' but consistentHash is not set: consistentHash must be set exactly when the type is ConsistentHash; add ConsistentHash = new() { Type = \"SourceIP\" }"));
    [Fact]
    public Task Block_with_round_robin_is_reported()
        => AnalyzerTest.VerifyAsync(
            Policy.Returned(Policy.Valid("""LoadBalancer = new() { Type = {|#0:"RoundRobin"|}, ConsistentHash = new() { Type = "SourceIP" } },""")),
            AnalyzerTest.Diagnostic("EG2001").WithLocation(0)
                .WithMessage("spec.loadBalancer.type is 'RoundRobin' but consistentHash is set: consistentHash must be set exactly when the type is ConsistentHash; set Type = \"ConsistentHash\", or remove ConsistentHash"));
    [Fact]
    public Task Consistent_hash_with_block_is_accepted()
        => AnalyzerTest.VerifyAsync(
            Policy.Returned(Policy.Valid("""LoadBalancer = new() { Type = "ConsistentHash", ConsistentHash = new() { Type = ConsistentHashType.SourceIP } },""")));

}
