using EnvoyGateway.Dsl.Gateway.V1Alpha1;
using static EnvoyGateway.Dsl.Tests.Rules.RuleAssert;

namespace EnvoyGateway.Dsl.Tests.Rules;

public class SetRuleTests
{
    [Fact]
    public void EG4001_second_policy_on_one_target_names_both_and_the_survivor()
    {
        var set = new ManifestSet { ValidPolicy("first"), ValidPolicy("second"), ValidPolicy("third") };
        ((BackendTrafficPolicy)set[2]).Spec.TargetRef!.Name = "other";
        var conflicts = set.Validate(EnvoyGatewayVersion.V0_6).Where(d => d.Id == "EG4001").ToList();
        var conflict = Assert.Single(conflicts);
        Assert.Equal(ValidationSeverity.Error, conflict.Severity);
        Assert.Equal("spec.targetRef", conflict.Path);
        Assert.Equal("BackendTrafficPolicy/shop/second", conflict.Resource);
        Assert.Contains("'shop/second'", conflict.Message, StringComparison.Ordinal);
        Assert.Contains("keeps the older policy (BackendTrafficPolicy 'shop/first')", conflict.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EG4001_explicit_and_implied_target_namespace_are_the_same_target()
    {
        var explicitNs = ValidPolicy("a");
        explicitNs.Spec.TargetRef!.Namespace = "shop";
        var set = new ManifestSet { explicitNs, ValidPolicy("b") };
        Assert.Single(set.Validate(EnvoyGatewayVersion.V0_6), d => d.Id == "EG4001");
    }

    [Fact]
    public void EG4001_same_target_name_in_other_namespace_or_kind_is_fine()
    {
        var otherNamespace = ValidPolicy("b");
        otherNamespace.Metadata.Namespace = "payments";
        var otherKind = ValidPolicy("c");
        otherKind.Spec.TargetRef!.Kind = "GRPCRoute";
        var set = new ManifestSet { ValidPolicy("a"), otherNamespace, otherKind };
        Clean(set.Validate(EnvoyGatewayVersion.V0_6));
    }

    [Fact]
    public void EG4002_duplicate_identity()
    {
        var duplicate = ValidPolicy("api");
        duplicate.Spec.TargetRef!.Name = "other";
        var set = new ManifestSet { ValidPolicy("api"), duplicate };
        var found = Assert.Single(set.Validate(EnvoyGatewayVersion.V0_6), d => d.Id == "EG4002");
        Assert.Equal("metadata.name", found.Path);
        Assert.Contains("BackendTrafficPolicy 'shop/api' is defined twice", found.Message, StringComparison.Ordinal);
        Assert.Contains("first at position 1", found.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Diagnostics_point_at_the_creating_source_line()
    {
        var line = new System.Diagnostics.StackTrace(true).GetFrame(0)!.GetFileLineNumber() + 1;
        var policy = new BackendTrafficPolicy("Bad_Name!") { Metadata = { Namespace = "shop" } };
        var header = new HeaderMatch { Name = "x", Type = "Distinct", Value = "v" };
        var headerLine = line + 1;
        policy.Spec.TargetRef = new() { Group = "gateway.networking.k8s.io", Kind = "Gateway", Name = "eg" };
        policy.Spec.RateLimit = new() { Type = "Global", Global = new() { Rules = { new() { ClientSelectors = { new() { Headers = { header } } }, Limit = new() { Requests = 1, Unit = "Second" } } } } };

        var diagnostics = policy.Validate(EnvoyGatewayVersion.V0_6);
        var name = Assert.Single(diagnostics, d => d.Id == "EG5001");
        Assert.EndsWith("SetRuleTests.cs", name.File, StringComparison.Ordinal);
        Assert.Equal(line, name.Line);
        var distinct = Assert.Single(diagnostics, d => d.Id == "EG3001");
        Assert.Equal(headerLine, distinct.Line);
        Assert.Contains($"SetRuleTests.cs({headerLine}): error EG3001: ", distinct.ToString(), StringComparison.Ordinal);
    }
}
