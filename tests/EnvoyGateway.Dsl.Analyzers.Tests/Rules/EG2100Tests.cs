using EnvoyGateway.Dsl.Analyzers.Tests.Infrastructure;
using EnvoyGateway.Dsl.Gateway.V1Alpha1;

namespace EnvoyGateway.Dsl.Analyzers.Tests.Rules;

/// <summary>
/// EG2100 is reported at build time (tests/EnvoyGateway.Dsl.Tests/Cel); at edit time the analyzer does not
/// evaluate the generated rules yet and must stay silent rather than guess.
/// </summary>
public sealed class EG2100Tests
{
    [Fact]
    public Task Edit_time_is_silent_on_a_generated_rule()
        => AnalyzerTest.VerifyForAsync(
            // 1.0: the first release with FaultInjection (in 0.6 it is EG1006), and TargetRef is not deprecated yet (EG1007 from 1.1).
            "1.0",
            Policy.InClass("""
                public static BackendTrafficPolicy Api => new BackendTrafficPolicy("api")
                {
                    Metadata = { Namespace = "shop" },
                    Spec = { TargetRef = new() { Group = "gateway.networking.k8s.io", Kind = "Gateway", Name = "eg" }, FaultInjection = new() },
                };
                """));

    [Fact]
    public void The_same_policy_fails_at_build_time_with_the_rule_key()
    {
        var policy = new BackendTrafficPolicy("api") { Metadata = { Namespace = "shop" }, Spec = { TargetRef = new() { Group = "gateway.networking.k8s.io", Kind = "Gateway", Name = "eg" }, FaultInjection = new() } };
        var diagnostic = Assert.Single(policy.Validate(), d => d.Id == "EG2100");
        Assert.Equal("BackendTrafficPolicy.spec.faultInjection@7800cbef", diagnostic.Properties["celRule"]);
    }
}
