using EnvoyGateway.Dsl.Cel;
using EnvoyGateway.Dsl.Gateway.V1Alpha1;

namespace EnvoyGateway.Dsl.Tests.Cel;

/// <summary>The generated rules through the runtime API: EG2100 with the rule's key, the field path, release selection.</summary>
public sealed class CelRulesTests
{
    private const string FaultInjectionRule = "BackendTrafficPolicy.spec.faultInjection@7800cbef";

    private static BackendTrafficPolicy PolicyWithEmptyFaultInjection() => new("faults")
    {
        Metadata = { Namespace = "shop" },
        Spec = { FaultInjection = new(), TargetRefs = { new() { Group = "gateway.networking.k8s.io", Kind = "HTTPRoute", Name = "api" } } },
    };

    [Fact]
    public void Validate_reports_a_failing_rule_as_EG2100_with_the_CRD_message_and_the_rule_key()
    {
        var diagnostic = Assert.Single(PolicyWithEmptyFaultInjection().Validate(), d => d.Id == "EG2100");
        Assert.Equal("spec.faultInjection", diagnostic.Path);
        Assert.Equal($"spec.faultInjection: Delay and abort faults are set at least one. (CEL rule {FaultInjectionRule})", diagnostic.Message);
        Assert.Equal(FaultInjectionRule, diagnostic.Properties[CelRuleInfo.PropertyName]);
        Assert.Equal(ValidationSeverity.Error, diagnostic.Severity);
    }

    [Fact]
    public void A_rule_runs_only_in_the_releases_whose_CRD_has_it()
    {
        // faultInjection and its rule came with Envoy Gateway 1.0.
        Assert.Contains(Check(PolicyWithEmptyFaultInjection(), EnvoyGatewayVersion.V1_9), f => f.Rule.Key == FaultInjectionRule);
        Assert.DoesNotContain(Check(PolicyWithEmptyFaultInjection(), EnvoyGatewayVersion.V0_6), f => f.Rule.Key == FaultInjectionRule);
    }

    [Fact]
    public void A_satisfied_rule_is_silent()
    {
        var policy = PolicyWithEmptyFaultInjection();
        policy.Spec.FaultInjection!.Abort = new() { HttpStatus = 503 };
        Assert.Empty(Check(policy, EnvoyGatewayVersion.V1_9));
    }

    [Fact]
    public void A_list_item_rule_is_reported_at_the_item_path()
    {
        var policy = PolicyWithEmptyFaultInjection();
        policy.Spec.FaultInjection!.Abort = new() { HttpStatus = 503, GrpcStatus = 14 };
        var finding = Assert.Single(Check(policy, EnvoyGatewayVersion.V1_9));
        Assert.Equal("spec.faultInjection.abort", finding.Path);
        Assert.Equal("httpStatus and grpcStatus cannot be simultaneously defined.", finding.Message);
    }

    [Fact]
    public void Every_generated_rule_has_a_unique_key_naming_its_kind_and_path()
    {
        Assert.Equal(CelRules.All.Count, CelRules.All.Select(r => r.Key).Distinct(StringComparer.Ordinal).Count());
        Assert.All(CelRules.All, r => Assert.StartsWith(r.Kind + r.SchemaPath + "@", r.Key, StringComparison.Ordinal));
    }

    [Fact]
    public void Transition_and_hand_ported_rules_are_not_generated()
    {
        Assert.DoesNotContain(CelRules.All, r => r.Rule.Contains("oldSelf", StringComparison.Ordinal));
        // EG2002-EG2004 port v0.6's targetRef rules: in 0.6 none of its CRD rules is generated; EG2003/EG2004 apply to 0.6
        // only, so from 1.0 on the CRD's own kinds list and sectionName ban are generated (EG2100).
        Assert.DoesNotContain(CelRules.All, r => r.Kind == "BackendTrafficPolicy" && r.SchemaPath == ".spec.targetRef" && (r.Releases & 1UL << EnvoyGatewayVersion.V0_6.Index) != 0);
        Assert.Contains(CelRules.All, r => r.Kind == "BackendTrafficPolicy" && r.Rule.StartsWith("self.kind in [", StringComparison.Ordinal) && (r.Releases & 1UL << EnvoyGatewayVersion.V1_0.Index) != 0);
        Assert.Contains(CelRules.All, r => r.Kind == "BackendTrafficPolicy" && r.Rule.StartsWith("has(self.targetRef) ? self.targetRef.kind in [", StringComparison.Ordinal) && (r.Releases & 1UL << EnvoyGatewayVersion.V1_9.Index) != 0);
        Assert.DoesNotContain(CelRules.All, r => r.Kind == "BackendTrafficPolicy" && r.Rule == "self.type == 'ConsistentHash' ? has(self.consistentHash) : !has(self.consistentHash)");
    }

    internal static List<(CelRuleInfo Rule, string Path, string Message)> Check(KubernetesObject resource, EnvoyGatewayVersion release)
    {
        var sink = new ListSink();
        CelRules.Check(resource, sink, release);
        return sink.Findings;
    }

    private sealed class ListSink : ICelSink
    {
        public List<(CelRuleInfo Rule, string Path, string Message)> Findings { get; } = [];

        public void ReportCel(CelRuleInfo rule, string path, string message, SourceLocation source) => Findings.Add((rule, path, message));
    }
}
