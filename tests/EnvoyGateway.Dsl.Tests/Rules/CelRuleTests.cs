using EnvoyGateway.Dsl.Gateway.V1Alpha1;
using static EnvoyGateway.Dsl.Tests.Rules.RuleAssert;

namespace EnvoyGateway.Dsl.Tests.Rules;

public class CelRuleTests
{
    [Fact]
    public void EG2001_consistentHash_type_without_block()
    {
        var policy = ValidPolicy();
        policy.Spec.LoadBalancer!.ConsistentHash = null;
        Single(policy, "EG2001", ValidationSeverity.Error, "spec.loadBalancer.type", "'ConsistentHash'", "consistentHash is not set", "add ConsistentHash");
    }

    [Fact]
    public void EG2001_block_with_other_type()
    {
        var policy = ValidPolicy();
        policy.Spec.LoadBalancer!.Type = LoadBalancerType.RoundRobin;
        Single(policy, "EG2001", ValidationSeverity.Error, "spec.loadBalancer.type", "'RoundRobin'", "consistentHash is set", "remove ConsistentHash");
    }

    [Theory]
    [InlineData(LoadBalancerType.LeastRequest)]
    [InlineData(LoadBalancerType.Random)]
    [InlineData(LoadBalancerType.RoundRobin)]
    public void EG2001_other_types_without_block_pass(string type)
    {
        var policy = ValidPolicy();
        policy.Spec.LoadBalancer = new() { Type = type };
        Clean(policy);
    }

    [Fact]
    public void EG2002_group_must_be_gateway_api()
    {
        var policy = ValidPolicy();
        policy.Spec.TargetRef!.Group = "apps";
        Single(policy, "EG2002", ValidationSeverity.Error, "spec.targetRef.group", "'apps'", "gateway.networking.k8s.io");
    }

    [Fact]
    public void EG2003_kind_must_be_a_gateway_or_route_with_suggestion()
    {
        var policy = ValidPolicy();
        policy.Spec.TargetRef!.Kind = "HttpRoute";
        Single(policy, "EG2003", ValidationSeverity.Error, "spec.targetRef.kind", "'HttpRoute'", "Gateway, HTTPRoute, GRPCRoute, UDPRoute, TCPRoute, TLSRoute", "did you mean 'HTTPRoute'?");
    }

    [Theory]
    [InlineData("Gateway")]
    [InlineData("HTTPRoute")]
    [InlineData("GRPCRoute")]
    public void EG2003_supported_kinds_pass(string kind)
    {
        var policy = ValidPolicy();
        policy.Spec.TargetRef!.Kind = kind;
        None(policy, "EG2003");
    }

    [Fact]
    public void EG2004_sectionName_is_not_supported()
    {
        var policy = ValidPolicy();
        policy.Spec.TargetRef!.SectionName = "http";
        Single(policy, "EG2004", ValidationSeverity.Error, "spec.targetRef.sectionName", "'http'", "remove SectionName");
    }
}
