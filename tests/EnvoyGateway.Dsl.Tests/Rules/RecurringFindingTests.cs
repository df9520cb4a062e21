using static EnvoyGateway.Dsl.Tests.Rules.RuleAssert;

namespace EnvoyGateway.Dsl.Tests.Rules;

/// <summary>
/// A set's result keeps every finding alive, and in a large set most findings recur: a deprecated field set on
/// every policy gives the same rule, path and arguments each time. Those share their path and message
/// (DiagnosticCollector, FieldPath) instead of a copy each; findings that differ in anything keep their own.
/// </summary>
public class RecurringFindingTests
{
    [Fact]
    public void The_same_finding_on_many_resources_shares_its_path_and_message()
    {
        var set = new ManifestSet { ValidPolicy("a"), ValidPolicy("b"), ValidPolicy("c") };

        // 1.9 deprecates targetRef (and rateLimit.type): one EG1007 per field and policy.
        var deprecated = set.Validate(EnvoyGatewayVersion.V1_9).Where(d => d.Id == "EG1007" && d.Path == "spec.targetRef").ToList();

        Assert.Equal(["BackendTrafficPolicy/shop/a", "BackendTrafficPolicy/shop/b", "BackendTrafficPolicy/shop/c"], deprecated.Select(d => d.Resource));
        Assert.All(deprecated, d => Assert.Same(deprecated[0].Path, d.Path));
        Assert.All(deprecated, d => Assert.Same(deprecated[0].Message, d.Message));
        Assert.Contains("TargetRefs", deprecated[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Findings_at_the_same_path_with_different_values_keep_their_own_messages()
    {
        var first = ValidPolicy("a");
        first.FirstRule().Limit!.Unit = "Minutes";
        var second = ValidPolicy("b");
        second.FirstRule().Limit!.Unit = "Fortnight";
        var third = ValidPolicy("c");
        third.FirstRule().Limit!.Unit = "Minutes";

        var findings = new ManifestSet { first, second, third }.Validate(EnvoyGatewayVersion.V0_6).Where(d => d.Id == "EG1001").ToList();

        Assert.Equal(3, findings.Count);
        Assert.All(findings, d => Assert.Equal("spec.rateLimit.global.rules[0].limit.unit", d.Path));
        Assert.Contains("'Minutes'", findings[0].Message, StringComparison.Ordinal);
        Assert.Contains("'Fortnight'", findings[1].Message, StringComparison.Ordinal);
        Assert.Contains("'Minutes'", findings[2].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_list_item_finding_names_its_item()
    {
        var policy = ValidPolicy();
        policy.Spec.Retry = new() { RetryOn = new() { HttpStatusCodes = { 503, 99, 1_000 } } };

        var paths = policy.Validate(EnvoyGatewayVersion.V1_9).Where(d => d.Id == "EG1008").Select(d => d.Path);

        Assert.Equal(["spec.retry.retryOn.httpStatusCodes[1]", "spec.retry.retryOn.httpStatusCodes[2]"], paths);
    }
}
