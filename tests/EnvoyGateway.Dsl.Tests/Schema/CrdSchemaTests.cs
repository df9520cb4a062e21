using System.Text.Json.Nodes;
using EnvoyGateway.Dsl.Gateway.V1Alpha1;
using EnvoyGateway.Dsl.Tests.Oracle;
using EnvoyGateway.Dsl.Tests.Oracle.Programs;

namespace EnvoyGateway.Dsl.Tests.Schema;

/// <summary>
/// What we emit satisfies the CRD's OpenAPI schema (evaluated with JsonSchema.Net), and the schema check
/// has teeth: it rejects the invalid jsonnet outputs it is meant to reject. The CRD's CEL rules
/// (x-kubernetes-validations) are not evaluated here; the rule catalog covers them (EG2xxx).
/// </summary>
public sealed class CrdSchemaTests
{
    [Fact]
    public void Schema_is_read_and_describes_the_policy()
    {
        var schema = CrdSchema.Definition;
        var spec = schema["properties"]?["spec"];

        Assert.Contains("spec", schema["required"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.NotNull(spec?["properties"]?["targetRef"]?["properties"]?["group"]);
        Assert.NotNull(spec?["properties"]?["loadBalancer"]?["properties"]?["consistentHash"]);
        Assert.NotNull(spec?["properties"]?["rateLimit"]?["properties"]?["global"]?["properties"]?["rules"]?["items"]);
        Assert.Equal(["group", "kind", "name"], spec!["properties"]!["targetRef"]!["required"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.DoesNotContain("x-kubernetes-validations", schema.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal("false", spec["additionalProperties"]?.ToJsonString());
    }

    public static TheoryData<string> ValidOracleDocuments()
    {
        var data = new TheoryData<string>();
        foreach (var name in OracleDocuments().Keys)
        {
            data.Add(name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ValidOracleDocuments))]
    public void Oracle_equivalent_satisfies_the_schema(string name)
        => AssertValid(OracleDocuments()[name], name);

    [Fact]
    public void Generated_rich_policies_satisfy_the_schema_and_the_rule_catalog()
    {
        var generator = new ValidPolicyGenerator(seed: 20231101);
        var set = new ManifestSet();
        for (var i = 0; i < 200; i++)
        {
            set.Add(generator.Next(i));
        }

        // Valid by our own rules too, so the two layers agree on what "valid" means.
        Assert.Empty(set.Validate(EnvoyGatewayVersion.V0_6).Where(d => d.Severity != ValidationSeverity.Info).Select(d => $"{d.Path}: {d.Message}").Distinct());
        var documents = OracleOutput.Ours(set);
        Assert.Equal(200, documents.Count);
        for (var i = 0; i < documents.Count; i++)
        {
            AssertValid(documents[i], $"generated policy {i}");
        }
    }

    [Theory]
    [InlineData("unknown unit enum value", "/spec/rateLimit/global/rules/0/limit/unit", "enum")]
    [InlineData("missing targetRef", "/spec", "required")]
    [InlineData("targetRef missing group and kind", "/spec/targetRef", "required")]
    [InlineData("17 rules", "/spec/rateLimit/global/rules", "maxItems")]
    [InlineData("empty header name", "/spec/rateLimit/global/rules/0/clientSelectors/0/headers/0/name", "minLength")]
    [InlineData("targetRef namespace not a DNS label", "/spec/targetRef/namespace", "pattern")]
    public void Schema_rejects_our_invalid_policies(string name, string location, string keyword)
        => AssertRejected(OracleOutput.Ours(InvalidPolicies()[name]), location, keyword);

    [Theory]
    [InlineData("a01_unknownUnit_Minutes", "/spec/rateLimit/global/rules/0/limit/unit", "enum")]
    [InlineData("a03_missingTargetRef", "/spec", "required")]
    [InlineData("a04_noSpecAtAll", "", "required")]
    [InlineData("a05_requestsAsString", "/spec/rateLimit/global/rules/0/limit/requests", "type")]
    [InlineData("a06_requestsNegativeFloat", "/spec/rateLimit/global/rules/0/limit/requests", "type")]
    [InlineData("a09_badEnums", "/spec/loadBalancer/type", "enum")]
    [InlineData("a11_ruleWithoutLimit", "/spec/rateLimit/global/rules/0", "required")]
    [InlineData("a12_limitMissingUnit", "/spec/rateLimit/global/rules/0/limit", "required")]
    [InlineData("a15_targetRefBadPatterns", "/spec/targetRef/kind", "pattern")]
    [InlineData("a16_headerNameEmpty_tooLong", "/spec/rateLimit/global/rules/0/clientSelectors/0/headers/1/name", "maxLength")]
    [InlineData("a18_tooManyRules_17", "/spec/rateLimit/global/rules", "maxItems")]
    [InlineData("a19_tooManySelectors_9", "/spec/rateLimit/global/rules/0/clientSelectors", "maxItems")]
    [InlineData("a21_sourceCIDRmissingValue", "/spec/rateLimit/global/rules/0/clientSelectors/0/sourceCIDR", "required")]
    [InlineData("a30_unknownExtraFields", "/spec/retries", "additionalProperties")]
    public void Schema_rejects_what_jsonnet_rendered_silently(string name, string location, string keyword)
    {
        var all = JsonNode.Parse(Fixture.Read(OracleOutput.Folder, "v_accepts.json"))!;
        AssertRejected(all[name]!.ToJsonString(), location, keyword);
    }

    [Fact]
    public void Schema_rejects_the_jsonnet_rawPatch_unknown_field()
        => AssertRejected(Tree.Render(OracleOutput.Case("07_composition", "rawPatch")), "/spec/tcpKeepalive", "additionalProperties");

    [Fact]
    public void Schema_alone_misses_what_only_CEL_and_the_rule_catalog_catch()
    {
        // A stale consistentHash block is structurally fine: only the CRD's CEL rule rejects it, and EG2001 reports it.
        var stale = Assert.Single(CompositionPrograms.Composition()["staleConsistentHash"]);
        AssertValid(OracleOutput.Ours(stale), "staleConsistentHash");
        Assert.Contains(stale.Validate(EnvoyGatewayVersion.V0_6), d => d.Id == "EG2001");
    }

    /// <summary>Every document of the oracle equivalents except the two invalid on purpose (07 staleConsistentHash, viaMixinAlias).</summary>
    private static Dictionary<string, object?> OracleDocuments()
    {
        var documents = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["01_new_targetref"] = OracleOutput.Ours(BasicPrograms.NewTargetRef()),
            ["02_metadata_all"] = OracleOutput.Ours(BasicPrograms.MetadataAll()),
            ["05_ratelimit_global"] = OracleOutput.Ours(BasicPrograms.RateLimitGlobal()),
        };
        Add("04_loadbalancer", OracleOutput.Ours(BasicPrograms.LoadBalancers()));
        Add("08_list_yaml", OracleOutput.Ours(CompositionPrograms.ListYaml()));
        foreach (var (name, policy) in MixinPrograms.MetadataMixins())
        {
            documents[$"03_metadata_mixins.{name}"] = OracleOutput.Ours(policy);
        }

        foreach (var (name, policy) in MixinPrograms.RateLimitMixins())
        {
            documents[$"06_ratelimit_mixins.{name}"] = OracleOutput.Ours(policy);
        }

        foreach (var (name, policies) in CompositionPrograms.Composition())
        {
            if (name is not ("staleConsistentHash" or "viaMixinAlias"))
            {
                Add($"07_composition.{name}", OracleOutput.Ours(new ManifestSet(policies)));
            }
        }

        return documents;

        void Add(string program, List<object?> items)
        {
            for (var i = 0; i < items.Count; i++)
            {
                documents[$"{program}[{i}]"] = items[i];
            }
        }
    }

    private static Dictionary<string, BackendTrafficPolicy> InvalidPolicies()
    {
        var tooManyRules = Valid("too-many");
        tooManyRules.Spec.RateLimit = new() { Type = RateLimitType.Global, Global = new() };
        for (uint i = 1; i <= 17; i++)
        {
            tooManyRules.Spec.RateLimit.Global.Rules.Add(new() { Limit = new() { Requests = i, Unit = RateLimitUnit.Second } });
        }

        return new(StringComparer.Ordinal)
        {
            ["unknown unit enum value"] = With(Valid("unit"), p => p.Spec.RateLimit = new()
            {
                Type = RateLimitType.Global,
                Global = new() { Rules = { new() { Limit = new() { Requests = 10, Unit = "Minutes" } } } },
            }),
            ["missing targetRef"] = With(Valid("no-target"), p => p.Spec.TargetRef = null),
            ["targetRef missing group and kind"] = With(Valid("partial-target"), p => p.Spec.TargetRef = new() { Name = "eg" }),
            ["17 rules"] = tooManyRules,
            ["empty header name"] = With(Valid("header"), p => p.Spec.RateLimit = new()
            {
                Type = RateLimitType.Global,
                Global = new() { Rules = { new() { ClientSelectors = { new() { Headers = { new() { Name = "", Type = HeaderMatchType.Distinct } } } }, Limit = new() { Requests = 1, Unit = RateLimitUnit.Hour } } } },
            }),
            ["targetRef namespace not a DNS label"] = With(Valid("namespace"), p => p.Spec.TargetRef!.Namespace = "Bad_NS"),
        };

        static BackendTrafficPolicy Valid(string name) => new(name)
        {
            Metadata = { Namespace = "default" },
            Spec = { TargetRef = new() { Group = "gateway.networking.k8s.io", Kind = "HTTPRoute", Name = "route" } },
        };

        static BackendTrafficPolicy With(BackendTrafficPolicy policy, Action<BackendTrafficPolicy> change)
        {
            change(policy);
            return policy;
        }
    }

    private static void AssertValid(object? document, string name)
    {
        var results = CrdSchema.Evaluate(document);
        Assert.True(results.IsValid, $"{name} violates the CRD schema:\n{string.Join('\n', CrdSchema.Errors(results))}\n{Tree.Render(document)}");
    }

    private static void AssertRejected(object? document, string location, string keyword)
        => AssertRejected(Tree.Render(document), location, keyword);

    private static void AssertRejected(string json, string location, string keyword)
    {
        var results = CrdSchema.Evaluate(json);
        var errors = CrdSchema.Errors(results).ToList();

        Assert.False(results.IsValid, $"the schema accepted {json}");
        Assert.True(
            errors.Any(e => e.StartsWith($"{location}: {keyword}:", StringComparison.Ordinal)),
            $"expected a '{keyword}' error at '{location}', got:\n{string.Join('\n', errors)}");
    }
}
