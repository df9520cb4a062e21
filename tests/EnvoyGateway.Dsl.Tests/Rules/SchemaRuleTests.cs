using EnvoyGateway.Dsl.Gateway.V1Alpha1;
using static EnvoyGateway.Dsl.Tests.Rules.RuleAssert;

namespace EnvoyGateway.Dsl.Tests.Rules;

public class SchemaRuleTests
{
    [Fact]
    public void Valid_policy_has_no_error_or_warning() => Clean(ValidPolicy());

    [Fact]
    public void EG1001_unknown_unit_names_value_allowed_values_and_suggestion()
    {
        var policy = ValidPolicy();
        policy.FirstRule().Limit!.Unit = "Minutes";
        var diagnostic = Single(policy, "EG1001", ValidationSeverity.Error, "spec.rateLimit.global.rules[0].limit.unit", "'Minutes'", "Second, Minute, Hour, Day", "did you mean 'Minute'?");
        Assert.Equal(
            "'Minutes' is not a valid unit for spec.rateLimit.global.rules[0].limit.unit; use one of Second, Minute, Hour, Day (did you mean 'Minute'?)",
            diagnostic.Message);
    }

    [Theory]
    [InlineData("Weighted", "spec.loadBalancer.type")]
    [InlineData("roundrobin", "spec.loadBalancer.type")]
    public void EG1001_load_balancer_type_is_case_sensitive(string type, string path)
    {
        var policy = ValidPolicy();
        policy.Spec.LoadBalancer = new() { Type = type };
        Single(policy, "EG1001", ValidationSeverity.Error, path, $"'{type}'", "ConsistentHash, LeastRequest, Random, RoundRobin");
    }

    [Fact]
    public void EG1001_every_closed_set_field()
    {
        var policy = ValidPolicy();
        policy.Spec.LoadBalancer!.ConsistentHash!.Type = "Header";
        policy.Spec.RateLimit!.Type = "Local";
        var rule = policy.FirstRule();
        rule.ClientSelectors[0].Headers[0].Type = "Prefix";
        rule.ClientSelectors[1].SourceCIDR!.Type = "distinct";
        var diagnostics = policy.Validate(EnvoyGatewayVersion.V0_6);
        Assert.Equal(
            [
                "spec.rateLimit.global.rules[0].clientSelectors[0].headers[0].type",
                "spec.rateLimit.global.rules[0].clientSelectors[1].sourceCIDR.type",
            ],
            diagnostics.Where(d => d.Id == "EG1001").Select(d => d.Path).Order(StringComparer.Ordinal));

        // 'Header' and 'Local' are allowed from 1.0: in 0.6 they are EG1006, naming the release that added them.
        Assert.Equal(
            ["spec.loadBalancer.consistentHash.type", "spec.rateLimit.type"],
            diagnostics.Where(d => d.Id == "EG1006").Select(d => d.Path).Order(StringComparer.Ordinal));
        Assert.All(diagnostics.Where(d => d.Id == "EG1006"), d => Assert.Contains("is not available in Envoy Gateway 0.6; it was added in 1.", d.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void EG1001_sourceCIDR_distinct_in_lower_case_suggests_Distinct()
    {
        var policy = ValidPolicy();
        policy.FirstRule().ClientSelectors[1].SourceCIDR!.Type = "distinct";
        Single(policy, "EG1001", ValidationSeverity.Error, "spec.rateLimit.global.rules[0].clientSelectors[1].sourceCIDR.type", "'distinct'", "did you mean 'Distinct'?");
    }

    [Fact]
    public void EG1002_missing_targetRef()
    {
        var policy = ValidPolicy();
        policy.Spec.TargetRef = null;
        Single(policy, "EG1002", ValidationSeverity.Error, "spec.targetRef", "TargetRef = new()");
    }

    [Theory]
    [InlineData("group")]
    [InlineData("kind")]
    [InlineData("name")]
    public void EG1002_missing_targetRef_field(string field)
    {
        var policy = ValidPolicy();
        var target = policy.Spec.TargetRef!;
        switch (field)
        {
            case "group": target.Group = null; break;
            case "kind": target.Kind = null; break;
            default: target.Name = null; break;
        }

        Single(policy, "EG1002", ValidationSeverity.Error, "spec.targetRef." + field, "is required");
    }

    [Fact]
    public void EG1002_missing_types_rules_limit_and_values()
    {
        var policy = ValidPolicy();
        policy.Spec.LoadBalancer!.Type = null;
        policy.Spec.LoadBalancer.ConsistentHash!.Type = null;
        policy.Spec.RateLimit!.Type = null;
        var rule = policy.FirstRule();
        rule.ClientSelectors[0].Headers[0].Name = null;
        rule.ClientSelectors[1].SourceCIDR!.Value = null;
        rule.Limit!.Requests = null;
        rule.Limit.Unit = null;
        var paths = policy.Validate(EnvoyGatewayVersion.V0_6).Where(d => d.Id == "EG1002").Select(d => d.Path).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(
            [
                "spec.loadBalancer.consistentHash.type",
                "spec.loadBalancer.type",
                "spec.rateLimit.global.rules[0].clientSelectors[0].headers[0].name",
                "spec.rateLimit.global.rules[0].clientSelectors[1].sourceCIDR.value",
                "spec.rateLimit.global.rules[0].limit.requests",
                "spec.rateLimit.global.rules[0].limit.unit",
                "spec.rateLimit.type",
            ],
            paths);
    }

    [Fact]
    public void EG1002_empty_rules_and_rule_without_limit()
    {
        var empty = ValidPolicy();
        empty.Spec.RateLimit!.Global!.Rules.Clear();
        Single(empty, "EG1002", ValidationSeverity.Error, "spec.rateLimit.global.rules", "at least one rule");

        var noLimit = ValidPolicy();
        noLimit.FirstRule().Limit = null;
        Single(noLimit, "EG1002", ValidationSeverity.Error, "spec.rateLimit.global.rules[0].limit", "Limit = new()");
    }

    [Theory]
    [InlineData("name", 0, "must be 1–253 characters long, but it has 0")]
    [InlineData("name", 254, "must be 1–253 characters long, but it has 254")]
    [InlineData("kind", 64, "must be 1–63 characters long, but it has 64")]
    [InlineData("sectionName", 254, "must be 1–253 characters long, but it has 254")]
    public void EG1003_targetRef_lengths(string field, int length, string reason)
    {
        var policy = ValidPolicy();
        var value = new string('a', length);
        switch (field)
        {
            case "name": policy.Spec.TargetRef!.Name = value; break;
            case "kind": policy.Spec.TargetRef!.Kind = value; break;
            default: policy.Spec.TargetRef!.SectionName = value; break;
        }

        Single(policy, "EG1003", ValidationSeverity.Error, "spec.targetRef." + field, reason);
    }

    [Theory]
    [InlineData("group", "Not A Group!", "DNS subdomain")]
    [InlineData("kind", "9bad", "must start with a letter")]
    [InlineData("namespace", "Bad_NS", "DNS-1123 label")]
    [InlineData("sectionName", "HTTP", "DNS-1123 subdomain")]
    public void EG1003_targetRef_patterns(string field, string value, string reason)
    {
        var policy = ValidPolicy();
        var target = policy.Spec.TargetRef!;
        switch (field)
        {
            case "group": target.Group = value; break;
            case "kind": target.Kind = value; break;
            case "namespace": target.Namespace = value; break;
            default: target.SectionName = value; break;
        }

        Single(policy, "EG1003", ValidationSeverity.Error, "spec.targetRef." + field, $"'{value}'", reason);
    }

    [Fact]
    public void EG1003_header_lengths_and_long_values_are_shortened_in_the_message()
    {
        var policy = ValidPolicy();
        var header = policy.FirstRule().ClientSelectors[0].Headers[0];
        header.Name = new string('h', 300);
        var diagnostic = Single(policy, "EG1003", ValidationSeverity.Error, "spec.rateLimit.global.rules[0].clientSelectors[0].headers[0].name", "must be 1–256 characters long, but it has 300", "(300 characters)");
        Assert.True(diagnostic.Message.Length < 400, diagnostic.Message);

        var value = ValidPolicy();
        var exact = value.FirstRule().ClientSelectors[0].Headers[0];
        exact.Type = HeaderMatchType.Exact;
        exact.Value = new string('v', 1025);
        Single(value, "EG1003", ValidationSeverity.Error, "spec.rateLimit.global.rules[0].clientSelectors[0].headers[0].value", "at most 1024");

        var cidr = ValidPolicy();
        cidr.FirstRule().ClientSelectors[1].SourceCIDR!.Value = "";
        Single(cidr, "EG1003", ValidationSeverity.Error, "spec.rateLimit.global.rules[0].clientSelectors[1].sourceCIDR.value", "must be 1–256");
    }

    [Fact]
    public void EG1004_limits_and_their_boundaries()
    {
        var rules = ValidPolicy();
        var global = rules.Spec.RateLimit!.Global!;
        while (global.Rules.Count < 16)
        {
            global.Rules.Add(new() { Limit = new() { Requests = 1, Unit = RateLimitUnit.Second } });
        }

        None(rules, "EG1004");
        global.Rules.Add(new() { Limit = new() { Requests = 1, Unit = RateLimitUnit.Second } });
        Single(rules, "EG1004", ValidationSeverity.Error, "spec.rateLimit.global.rules", "has 17 items but at most 16");

        var selectors = ValidPolicy();
        var rule = selectors.FirstRule();
        while (rule.ClientSelectors.Count < 9)
        {
            rule.ClientSelectors.Add(new() { Headers = { new() { Name = "x-" + rule.ClientSelectors.Count, Type = HeaderMatchType.Distinct } } });
        }

        Single(selectors, "EG1004", ValidationSeverity.Error, "spec.rateLimit.global.rules[0].clientSelectors", "has 9 items but at most 8");

        var headers = ValidPolicy();
        var selector = headers.FirstRule().ClientSelectors[0];
        for (var i = 0; i < 16; i++)
        {
            selector.Headers.Add(new() { Name = "h" + i, Type = HeaderMatchType.Distinct });
        }

        Single(headers, "EG1004", ValidationSeverity.Error, "spec.rateLimit.global.rules[0].clientSelectors[0].headers", "has 17 items but at most 16");
    }

    [Fact]
    public void EG1005_duplicate_header_name_points_at_the_second()
    {
        var policy = ValidPolicy();
        var headers = policy.FirstRule().ClientSelectors[0].Headers;
        headers.Add(new() { Name = "x-org", Value = "a" });
        headers.Add(new() { Name = "x-org", Value = "b" });
        Single(policy, "EG1005", ValidationSeverity.Error, "spec.rateLimit.global.rules[0].clientSelectors[0].headers[2]", "'x-org'");
    }

    [Fact]
    public void EG1005_same_name_in_different_selectors_is_fine()
    {
        var policy = ValidPolicy();
        policy.FirstRule().ClientSelectors[1].Headers.Add(new() { Name = "x-user-id", Type = HeaderMatchType.Distinct });
        None(policy, "EG1005");
    }
}
