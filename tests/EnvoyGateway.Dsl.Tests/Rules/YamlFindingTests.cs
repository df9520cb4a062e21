using EnvoyGateway.Dsl.Serialization;

namespace EnvoyGateway.Dsl.Tests.Rules;

/// <summary>
/// Findings on a set read from YAML speak YAML (field paths, "set X to V") and point at the offending
/// value: line and column of the value, of the key when there is no value, of the key that holds the
/// object when the field is missing. Both readers (the block-style fast path and YamlDotNet's) must agree.
/// </summary>
public class YamlFindingTests
{
    /// <summary>The issue's example (issue 13, part 3) verbatim as lines 1–12, then what a resource needs.</summary>
    private const string IssueExample = """
        spec:
          loadBalancer:
            type: RoundRobin
            consistentHash:
              type: SourceIP
          rateLimit:
            global:
              rules:
              - clientSelectors:
                - sourceCIDR:
                    value: 10.0.0.0/8
                    type: distinct
        apiVersion: gateway.envoyproxy.io/v1alpha1
        kind: BackendTrafficPolicy
        metadata:
          name: api
          namespace: shop

        """;

    private const string Target = "  targetRef: {group: gateway.networking.k8s.io, kind: HTTPRoute, name: api}\n";

    public static TheoryData<string> Readers() => ["fast path", "YamlDotNet"];

    private static ManifestSet Read(string reader, string yaml, string source = "policies.yaml")
    {
        var set = reader == "fast path" ? YamlReader.Read(yaml, source, ParseOptions.Default) : YamlReader.ReadWithYamlDotNet(yaml, source, ParseOptions.Default);
        return set;
    }

    private static string[] Lines(ManifestSet set) => [.. set.Validate(EnvoyGatewayVersion.V0_6).OrderBy(d => d.Line).ThenBy(d => d.Column).Select(d => d.ToString())];

    [Theory]
    [MemberData(nameof(Readers))]
    public void The_issue_example_is_reported_in_yaml_words_at_each_value(string reader)
    {
        Assert.Equal(
            [
                "policies.yaml(1,1): error EG1002: spec.targetRef is required but missing; set spec.targetRef to {group: gateway.networking.k8s.io, kind: HTTPRoute, name: ...}",
                "policies.yaml(3,11): error EG2001: spec.loadBalancer.type is 'RoundRobin' but consistentHash is set: consistentHash must be set exactly when the type is ConsistentHash; set spec.loadBalancer.type to ConsistentHash, or remove spec.loadBalancer.consistentHash",
                "policies.yaml(6,3): error EG1002: spec.rateLimit.type is required but missing; set spec.rateLimit.type to Global",
                "policies.yaml(9,9): error EG1002: spec.rateLimit.global.rules[0].limit is required but missing; set spec.rateLimit.global.rules[0].limit to {requests: 100, unit: Minute}",
                "policies.yaml(12,19): error EG1001: 'distinct' is not a valid sourceCIDR type (case-sensitive: anything but 'Distinct' silently acts as Exact) for spec.rateLimit.global.rules[0].clientSelectors[0].sourceCIDR.type; use one of Exact, Distinct (did you mean 'Distinct'?)",
            ],
            Lines(Read(reader, IssueExample)));
    }

    [Fact]
    public void The_same_policy_declared_in_csharp_keeps_the_csharp_words()
    {
        var policy = new Gateway.V1Alpha1.BackendTrafficPolicy("api")
        {
            Metadata = { Namespace = "shop" },
            Spec = { LoadBalancer = new() { Type = "RoundRobin", ConsistentHash = new() { Type = "SourceIP" } } },
        };

        var messages = policy.Validate(EnvoyGatewayVersion.V0_6).Select(d => d.Message).ToList();

        Assert.Contains("spec.loadBalancer.type is 'RoundRobin' but consistentHash is set: consistentHash must be set exactly when the type is ConsistentHash; set Type = \"ConsistentHash\", or remove ConsistentHash", messages);
        Assert.Contains("spec.targetRef is required but missing; set TargetRef = new() { Group = \"gateway.networking.k8s.io\", Kind = \"HTTPRoute\", Name = \"...\" }", messages);
    }

    [Theory]
    [MemberData(nameof(Readers))]
    public void Fixes_name_the_full_yaml_path_of_nested_fields(string reader)
    {
        var yaml = """
            apiVersion: gateway.envoyproxy.io/v1alpha1
            kind: BackendTrafficPolicy
            metadata:
              name: api
            spec:
              targetRef: {group: gateway.networking.k8s.io, kind: Gateway, name: eg, sectionName: http, namespace: other}
              loadBalancer:
                type: ConsistentHash
              rateLimit:
                type: Global

            """;

        Assert.Equal(
            [
                "policies.yaml(3,1): info EG5006: metadata.namespace is not set: the policy lands in whatever namespace it is applied to, and its targetRef namespace (EG3005) cannot be checked; set metadata.namespace",
                "policies.yaml(6,87): error EG2004: spec.targetRef.sectionName is 'http', but BackendTrafficPolicy does not support sectionName in Envoy Gateway v0.6.0; remove spec.targetRef.sectionName to target the whole resource",
                "policies.yaml(8,11): error EG2001: spec.loadBalancer.type is 'ConsistentHash' but consistentHash is not set: consistentHash must be set exactly when the type is ConsistentHash; add spec.loadBalancer.consistentHash: {type: SourceIP}",
                "policies.yaml(9,3): error EG3006: spec.rateLimit has no global block; Envoy Gateway v0.6.0 rejects the policy (\"Global configuration empty for rateLimit\"): add spec.rateLimit.global: {rules: [...]}",
            ],
            Lines(Read(reader, yaml)));
    }

    [Theory]
    [MemberData(nameof(Readers))]
    public void Header_and_limit_findings_point_at_their_values_and_items(string reader)
    {
        var yaml = """
            apiVersion: gateway.envoyproxy.io/v1alpha1
            kind: BackendTrafficPolicy
            metadata:
              name: api
              namespace: shop
            spec:
              targetRef: {group: gateway.networking.k8s.io, kind: HTTPRoute, name: api}
              rateLimit:
                type: Global
                global:
                  rules:
                  - clientSelectors:
                    - headers:
                      - name: x-user
                        type: Distinct
                        value: alice
                      - name: x-user
                        value: bob
                      - name: x-id
                        type: Exact
                        value:
                    limit:
                      requests: 0
                      unit: Minutes

            """;

        Assert.Equal(
            [
                "policies.yaml(16,20): error EG3001: spec.rateLimit.global.rules[0].clientSelectors[0].headers[0].value is 'alice' but the header match has type Distinct; Envoy Gateway v0.6.0 rejects the policy (\"Unable to translate rateLimit\"): remove spec.rateLimit.global.rules[0].clientSelectors[0].headers[0].value, or change spec.rateLimit.global.rules[0].clientSelectors[0].headers[0].type to Exact",
                "policies.yaml(17,13): error EG1005: Header 'x-user' appears more than once in spec.rateLimit.global.rules[0].clientSelectors[0].headers[1]; header names must be unique within one client selector: remove the duplicate",
                "policies.yaml(21,13): error EG3002: spec.rateLimit.global.rules[0].clientSelectors[0].headers[2].value is missing but the header match has type Exact; Envoy Gateway v0.6.0 rejects the policy: set spec.rateLimit.global.rules[0].clientSelectors[0].headers[2].value, or change spec.rateLimit.global.rules[0].clientSelectors[0].headers[2].type to Distinct to limit each distinct value",
                "policies.yaml(23,21): warning EG3009: spec.rateLimit.global.rules[0].limit.requests is 0: every matching request is rejected with HTTP 429; set a positive number of requests, or remove the rule",
                "policies.yaml(24,17): error EG1001: 'Minutes' is not a valid unit for spec.rateLimit.global.rules[0].limit.unit; use one of Second, Minute, Hour, Day (did you mean 'Minute'?)",
            ],
            Lines(Read(reader, yaml)));
    }

    [Theory]
    [MemberData(nameof(Readers))]
    public void Label_and_annotation_findings_point_at_the_key_or_the_value(string reader)
    {
        var yaml = """
            apiVersion: gateway.envoyproxy.io/v1alpha1
            kind: BackendTrafficPolicy
            metadata:
              name: api
              namespace: shop
              uid: d4f1
              labels:
                team: -edge
                bad key!: ok
              annotations:
                also bad!: x
            spec:
              targetRef: {group: gateway.networking.k8s.io, kind: HTTPRoute, name: api}

            """;

        Assert.Equal(
            [
                "policies.yaml(6,8): warning EG5005: metadata.uid is set to 'd4f1', but the API server populates this field and treats it as read-only: remove it from the manifest",
                "policies.yaml(8,11): error EG5003: Label value '-edge' at metadata.labels is invalid: must start and end with an alphanumeric character",
                "policies.yaml(9,5): error EG5003: Label key 'bad key!' at metadata.labels is invalid: name part must consist of alphanumeric characters, '-', '_' or '.'",
                "policies.yaml(11,5): error EG5004: Annotations at metadata.annotations are invalid: key 'also bad!' name part must consist of alphanumeric characters, '-', '_' or '.'",
            ],
            Lines(Read(reader, yaml)));
    }

    [Theory]
    [MemberData(nameof(Readers))]
    public void Set_findings_point_at_the_field_and_name_where_the_first_resource_is(string reader)
    {
        var first = "apiVersion: gateway.envoyproxy.io/v1alpha1\nkind: BackendTrafficPolicy\nmetadata:\n  name: a\n  namespace: shop\nspec:\n" + Target;
        var second = "apiVersion: gateway.envoyproxy.io/v1alpha1\nkind: BackendTrafficPolicy\nmetadata:\n  namespace: shop\n  name: b\nspec:\n" + Target;
        var duplicate = "apiVersion: gateway.envoyproxy.io/v1alpha1\nkind: BackendTrafficPolicy\nmetadata:\n  namespace: shop\n  name: a\nspec:\n  targetRef: {group: gateway.networking.k8s.io, kind: HTTPRoute, name: web}\n";
        var set = Read(reader, first + "---\n" + second + "---\n" + duplicate, "a.yaml");

        Assert.Equal(
            [
                "a.yaml(7,3): info EG4010: BackendTrafficPolicy 'shop/a' targets HTTPRoute 'shop/api' like BackendTrafficPolicy 'shop/b' (at a.yaml(15,3)), which comes later in the set; created in set order, BackendTrafficPolicy 'shop/a' is the older and wins, and BackendTrafficPolicy 'shop/b' is marked Conflicted and ignored: merge the two policies into one (at spec.targetRef)",
                "a.yaml(15,3): error EG4001: BackendTrafficPolicy 'shop/b' targets HTTPRoute 'shop/api' like BackendTrafficPolicy 'shop/a' (at a.yaml(7,3)), which comes earlier in the set; Envoy Gateway keeps the older policy (BackendTrafficPolicy 'shop/a') and marks BackendTrafficPolicy 'shop/b' Conflicted: merge the two policies into one (at spec.targetRef)",
                "a.yaml(21,9): error EG4002: BackendTrafficPolicy 'shop/a' is defined twice in the set (first at a.yaml(4,9)); the second overwrites the first when applied: rename one of them (at metadata.name)",
            ],
            Lines(set));
    }

    [Fact]
    public void Set_findings_across_files_name_the_other_file()
    {
        var first = Read("fast path", "apiVersion: gateway.envoyproxy.io/v1alpha1\nkind: BackendTrafficPolicy\nmetadata:\n  name: a\n  namespace: shop\nspec:\n" + Target, "deploy/a.yaml");
        var second = Read("fast path", "# the copy\napiVersion: gateway.envoyproxy.io/v1alpha1\nkind: BackendTrafficPolicy\nmetadata:\n  name: a\n  namespace: shop\nspec:\n" + Target, "deploy/b.yaml");
        var set = new ManifestSet([.. first, .. second]);

        var duplicate = Assert.Single(set.Validate(EnvoyGatewayVersion.V0_6), d => d.Id == "EG4002");

        Assert.Equal("deploy/b.yaml(5,9): error EG4002: BackendTrafficPolicy 'shop/a' is defined twice in the set (first at deploy/a.yaml(4,9)); the second overwrites the first when applied: rename one of them (at metadata.name)", duplicate.ToString());
    }

    [Fact]
    public void Yaml_read_without_a_source_name_still_names_line_and_column()
    {
        var one = "apiVersion: gateway.envoyproxy.io/v1alpha1\nkind: BackendTrafficPolicy\nmetadata:\n  name: a\n  namespace: shop\nspec:\n" + Target;
        var set = ManifestSet.Parse(one + "---\n" + one);

        var duplicate = Assert.Single(set.Validate(EnvoyGatewayVersion.V0_6), d => d.Id == "EG4002");

        Assert.Contains("(first at line 4, column 9)", duplicate.Message, StringComparison.Ordinal);
        Assert.Equal((12, 9), (duplicate.Line, duplicate.Column));
    }
}
