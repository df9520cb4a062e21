using EnvoyGateway.Dsl.Gateway.V1Alpha1;
using static EnvoyGateway.Dsl.Tests.Rules.RuleAssert;

namespace EnvoyGateway.Dsl.Tests.Rules;

public class ControllerRuleTests
{
    private const string Header0 = "spec.rateLimit.global.rules[0].clientSelectors[0].headers[0]";
    private const string Cidr = "spec.rateLimit.global.rules[0].clientSelectors[1].sourceCIDR.value";

    [Fact]
    public void EG3001_distinct_with_value()
    {
        var policy = ValidPolicy();
        policy.FirstRule().ClientSelectors[0].Headers[0].Value = "alice";
        Single(policy, "EG3001", ValidationSeverity.Error, Header0 + ".value", "'alice'", "Distinct", "remove Value, or change Type to Exact");
    }

    [Theory]
    [InlineData(null, "Exact (the default)")]
    [InlineData(HeaderMatchType.Exact, "Exact")]
    [InlineData(HeaderMatchType.RegularExpression, "RegularExpression")]
    public void EG3002_exact_and_regex_need_a_value(string? type, string named)
    {
        var policy = ValidPolicy();
        var header = policy.FirstRule().ClientSelectors[0].Headers[0];
        header.Type = type;
        Single(policy, "EG3002", ValidationSeverity.Error, Header0 + ".value", named, "change Type to Distinct");
    }

    [Fact]
    public void EG3002_exact_with_value_passes()
    {
        var policy = ValidPolicy();
        var header = policy.FirstRule().ClientSelectors[0].Headers[0];
        header.Type = null;
        header.Value = "alice";
        Clean(policy);
    }

    [Theory]
    [InlineData("^acme-(?=prod)")]
    [InlineData("(a)\\1")]
    [InlineData("a*+")]
    public void EG3003_non_RE2_expressions(string pattern)
    {
        var policy = ValidPolicy();
        var header = policy.FirstRule().ClientSelectors[0].Headers[0];
        header.Type = HeaderMatchType.RegularExpression;
        header.Value = pattern;
        Single(policy, "EG3003", ValidationSeverity.Error, Header0 + ".value", $"'{pattern}'", "not a valid RE2 expression");
    }

    [Theory]
    [InlineData("^acme-.*$")]
    [InlineData("(?i)^user-[0-9]{1,8}$")]
    [InlineData("(?P<tenant>[a-z]+)\\.example\\.com")]
    public void EG3003_RE2_expressions_pass(string pattern)
    {
        var policy = ValidPolicy();
        var header = policy.FirstRule().ClientSelectors[0].Headers[0];
        header.Type = HeaderMatchType.RegularExpression;
        header.Value = pattern;
        Clean(policy);
    }

    [Theory]
    [InlineData("not-a-cidr", null)]
    [InlineData("10.0.0.1", "10.0.0.1/32")]
    [InlineData("2001:db8::1", "2001:db8::1/128")]
    [InlineData("10.0.0.0/33", null)]
    [InlineData("010.0.0.0/8", null)]
    [InlineData("fe80::1%eth0/64", null)]
    public void EG3004_sourceCIDR_must_be_a_go_CIDR(string value, string? suggestion)
    {
        var policy = ValidPolicy();
        policy.FirstRule().ClientSelectors[1].SourceCIDR!.Value = value;
        var diagnostic = Single(policy, "EG3004", ValidationSeverity.Error, Cidr, $"'{value}'");
        if (suggestion is null)
        {
            Assert.DoesNotContain("did you mean", diagnostic.Message, StringComparison.Ordinal);
        }
        else
        {
            Assert.Contains($"did you mean '{suggestion}'?", diagnostic.Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("192.168.0.0/16")]
    [InlineData("0.0.0.0/0")]
    [InlineData("2001:db8::/32")]
    [InlineData("::/0")]
    public void EG3004_valid_CIDRs_pass(string value)
    {
        var policy = ValidPolicy();
        policy.FirstRule().ClientSelectors[1].SourceCIDR!.Value = value;
        Clean(policy);
    }

    [Fact]
    public void EG3005_target_namespace_must_equal_the_policy_namespace()
    {
        var policy = ValidPolicy();
        policy.Spec.TargetRef!.Namespace = "payments";
        Single(policy, "EG3005", ValidationSeverity.Error, "spec.targetRef.namespace", "'payments'", "'shop'");

        policy.Spec.TargetRef.Namespace = "shop";
        Clean(policy);
    }

    [Fact]
    public void EG3006_rateLimit_without_global()
    {
        var policy = ValidPolicy();
        policy.Spec.RateLimit!.Global = null;
        Single(policy, "EG3006", ValidationSeverity.Error, "spec.rateLimit", "Global configuration empty for rateLimit");
    }

    [Theory]
    [InlineData("TCPRoute")]
    [InlineData("UDPRoute")]
    [InlineData("TLSRoute")]
    public void EG3007_ignored_parts_on_L4_routes(string kind)
    {
        var policy = ValidPolicy();
        policy.Spec.TargetRef!.Kind = kind;
        Single(policy, "EG3007", ValidationSeverity.Warning, "spec.targetRef", kind, "rateLimit and loadBalancer");
    }

    [Fact]
    public void EG3007_does_not_apply_to_http_targets() => None(ValidPolicy(), "EG3007");

    [Fact]
    public void EG3008_several_sourceCIDR_selectors_names_the_one_kept()
    {
        var policy = ValidPolicy();
        policy.FirstRule().ClientSelectors.Add(new() { SourceCIDR = new() { Value = "192.168.0.0/16" } });
        Single(policy, "EG3008", ValidationSeverity.Warning, "spec.rateLimit.global.rules[0].clientSelectors", "2 client selectors", "'192.168.0.0/16'");
    }

    [Fact]
    public void EG3009_zero_requests()
    {
        var policy = ValidPolicy();
        policy.FirstRule().Limit!.Requests = 0;
        Single(policy, "EG3009", ValidationSeverity.Warning, "spec.rateLimit.global.rules[0].limit.requests", "is 0", "HTTP 429");
    }

    [Fact]
    public void Computed_values_are_caught_like_literals()
    {
        var unit = string.Concat("Min", "utes".ToUpperInvariant().ToLowerInvariant());
        var policy = ValidPolicy();
        policy.FirstRule().Limit!.Unit = unit;
        Single(policy, "EG1001", ValidationSeverity.Error, "spec.rateLimit.global.rules[0].limit.unit", "'Minutes'");
    }
}
