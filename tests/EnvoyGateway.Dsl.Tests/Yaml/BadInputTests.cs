using System.Text;

namespace EnvoyGateway.Dsl.Tests.Yaml;

/// <summary>Each class of bad input is refused with its line, column (1-based, of the offending node) and field path.</summary>
public class BadInputTests
{
    private const string Header = "apiVersion: gateway.envoyproxy.io/v1alpha1\nkind: BackendTrafficPolicy\nmetadata:\n  name: rl\n";

    private const string RuleWithRequests = Header + """
        spec:
          rateLimit:
            type: Global
            global:
              rules:
              - limit:
                  unit: Hour
                  requests: {0}

        """;

    [Fact]
    public void Unknown_field_lists_the_known_ones()
    {
        var error = Refused(Header + "spec:\n  targetRef:\n    name: cart\n    namspace: shop\n");

        AssertAt(error, 8, 5, "spec.targetRef.namspace");
        Assert.Equal("unknown field \"namspace\" in targetRef; known fields: group, kind, name, sectionName", error.Reason);
    }

    [Fact]
    public void Unknown_field_lists_the_fields_of_the_selected_release()
    {
        var yaml = Header + "spec:\n  targetRef:\n    name: cart\n    namspace: shop\n";

        var error = Assert.Throws<ManifestParseException>(() => ManifestSet.Parse(yaml, null, new ParseOptions { Release = EnvoyGatewayVersion.V0_6 }));

        AssertAt(error, 8, 5, "spec.targetRef.namspace");
        Assert.Equal("unknown field \"namspace\" in targetRef; known fields: group, kind, name, namespace, sectionName", error.Reason);
    }

    [Fact]
    public void Status_must_be_removed()
    {
        var error = Refused(Header + "spec: {}\nstatus:\n  conditions: []\n");

        AssertAt(error, 6, 1, "status");
        Assert.Contains("written by the Envoy Gateway controller and must be removed", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Quoted_number_for_requests_is_refused()
    {
        var error = Refused(string.Format(RuleWithRequests, "\"10\""));

        AssertAt(error, 12, 21, "spec.rateLimit.global.rules[0].limit.requests");
        Assert.Equal("expected an integer from 0 to 4294967295, found string \"10\"; remove the quotes", error.Reason);
    }

    [Theory]
    [InlineData("-1.5", "float -1.5")]
    [InlineData("-1", "integer -1")]
    [InlineData("4294967296", "integer 4294967296")]
    [InlineData("1_000", "1_000, which is not a decimal, 0o octal or 0x hexadecimal integer")]
    public void Requests_out_of_range_or_not_an_integer_is_refused(string requests, string found)
    {
        var error = Refused(string.Format(RuleWithRequests, requests));

        AssertAt(error, 12, 21, "spec.rateLimit.global.rules[0].limit.requests");
        Assert.Equal($"expected an integer from 0 to 4294967295, found {found}", error.Reason);
    }

    [Fact]
    public void Mapping_for_a_string_is_refused()
    {
        var error = Refused("apiVersion: gateway.envoyproxy.io/v1alpha1\nkind: BackendTrafficPolicy\nmetadata:\n  name:\n    first: rl\n");

        AssertAt(error, 5, 5, "metadata.name");
        Assert.Equal("expected a string, found a mapping", error.Reason);
    }

    [Theory]
    [InlineData("true", "boolean true")]
    [InlineData("yes", "boolean yes")]
    [InlineData("123", "integer 123")]
    [InlineData("2024-01-01", "timestamp 2024-01-01")]
    public void Plain_non_string_scalar_for_a_string_is_refused(string value, string found)
    {
        var error = Refused(Header + $"  namespace: {value}\n");

        AssertAt(error, 5, 14, "metadata.namespace");
        Assert.Equal($"expected a string, found {found}; quote it", error.Reason);
    }

    [Fact]
    public void Boolean_fields_take_only_true_or_false()
    {
        var error = Refused(Header + "  ownerReferences:\n  - name: gw\n    controller: yes\n");

        AssertAt(error, 7, 17, "metadata.ownerReferences[0].controller");
        Assert.Equal("expected true or false, found boolean yes", error.Reason);
    }

    [Fact]
    public void Unknown_kind_is_named()
    {
        var error = Refused("apiVersion: v1\nkind: Service\nmetadata:\n  name: r\n");

        AssertAt(error, 2, 7, "kind");
        Assert.Equal("unsupported kind Service (apiVersion v1); the DSL models the kinds of Envoy Gateway and of the Gateway API (ManifestSet.Read sets other kinds aside)", error.Reason);
    }

    [Fact]
    public void Unknown_api_version_is_named()
    {
        var error = Refused("apiVersion: gateway.envoyproxy.io/v1alpha2\nkind: BackendTrafficPolicy\n");

        AssertAt(error, 1, 13, "apiVersion");
        Assert.Equal("apiVersion gateway.envoyproxy.io/v1alpha2 of kind BackendTrafficPolicy is not served by Envoy Gateway 1.9; it serves gateway.envoyproxy.io/v1alpha1", error.Reason);
    }

    [Fact]
    public void Duplicate_key_is_refused()
    {
        var error = Refused(Header + "  namespace: a\n  name: again\n");

        AssertAt(error, 6, 3, "metadata.name");
        Assert.Equal("duplicate key \"name\"", error.Reason);
    }

    [Fact]
    public void Custom_tag_is_refused()
    {
        var error = Refused(Header + "  namespace: !foo shop\n");

        AssertAt(error, 5, 14, "metadata.namespace");
        Assert.StartsWith("tag !foo is not supported", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Standard_tags_are_accepted_where_they_fit()
    {
        var set = ManifestSet.Parse(Header + "  namespace: !!str 123\n  generation: !!int 7\n  creationTimestamp: !!timestamp 2024-01-01T00:00:00Z\n");

        var meta = Assert.Single(set).Metadata;
        Assert.Equal("123", meta.Namespace);
        Assert.Equal(7, meta.Generation);
        Assert.Equal(new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero), meta.CreationTimestamp);
    }

    [Fact]
    public void Bad_indentation_is_malformed_yaml()
    {
        var error = Refused(Header + "  namespace: shop\n    labels: x\n");

        AssertAt(error, 6, 11, "metadata.namespace");
        Assert.StartsWith("malformed YAML: ", error.Reason, StringComparison.Ordinal);
        Assert.IsAssignableFrom<YamlDotNet.Core.YamlException>(error.InnerException);
    }

    [Fact]
    public void Unclosed_quote_is_malformed_yaml()
    {
        var error = Refused(Header + "  namespace: 'shop\n");

        AssertAt(error, 5, 14, "metadata.namespace");
        Assert.Equal("malformed YAML: While scanning a quoted scalar, found unexpected end of stream.", error.Reason);
    }

    [Fact]
    public void Billion_laughs_is_refused_at_the_first_alias_past_the_limit()
    {
        var yaml = new StringBuilder("a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (var level = 'b'; level <= 'j'; level++)
        {
            var previous = (char)(level - 1);
            yaml.Append(level).Append(": &").Append(level).Append(" [").AppendJoin(", ", Enumerable.Repeat("*" + previous, 10)).Append("]\n");
        }

        var error = Refused(yaml.ToString());

        // Level g expands to 10^7 nodes, the first past the 4,000,000 limit.
        Assert.Equal("alias expansion exceeds the limit of 4000000 nodes (ParseOptions.MaxNodes)", error.Reason);
        Assert.Equal(7, error.Line);
        Assert.StartsWith("g[", error.FieldPath, StringComparison.Ordinal);
    }

    [Fact]
    public void Alias_expansion_over_a_small_limit_is_refused()
    {
        const string Yaml = Header + "  labels: &labels\n    a: one\n    b: two\n  annotations: *labels\n";

        Assert.Equal(2, Assert.Single(ManifestSet.Parse(Yaml)).Metadata.Annotations.Count);
        var error = Assert.Throws<ManifestParseException>(() => ManifestSet.Parse(Yaml, "small", new ParseOptions { MaxNodes = 16 }));

        AssertAt(error, 8, 16, "metadata.annotations");
        Assert.Equal("alias expansion exceeds the limit of 16 nodes (ParseOptions.MaxNodes)", error.Reason);
    }

    [Fact]
    public void Input_over_the_length_limit_is_refused_before_parsing()
    {
        var error = Assert.Throws<ManifestParseException>(() => ManifestSet.Parse(Header + ": : [", "long", new ParseOptions { MaxInputLength = 10 }));

        AssertAt(error, 1, 1, "");
        Assert.Equal($"the input is {Header.Length + 5} characters long, more than the limit of 10 (ParseOptions.MaxInputLength)", error.Reason);
    }

    [Fact]
    public void Merge_key_is_refused()
    {
        var error = Refused(Header + "  labels: &l {a: x}\n  annotations:\n    <<: *l\n");

        AssertAt(error, 7, 5, "metadata.annotations.<<");
        Assert.Equal("merge keys (<<) are not supported; write the fields out", error.Reason);
    }

    [Fact]
    public void List_item_errors_carry_the_item_path()
    {
        var error = Refused("""
            apiVersion: v1
            kind: List
            items:
            - apiVersion: gateway.envoyproxy.io/v1alpha1
              kind: BackendTrafficPolicy
              metadata: {name: a}
            - apiVersion: gateway.envoyproxy.io/v1alpha1
              kind: BackendTrafficPolicy
              metadata: {name: b}
              spec:
                loadBalancer:
                  kind: Random
            """);

        AssertAt(error, 12, 7, "items[1].spec.loadBalancer.kind");
        Assert.Equal("unknown field \"kind\" in loadBalancer; known fields: backendUtilization, consistentHash, dynamicModule, endpointOverride, slowStart, type, zoneAware", error.Reason);
    }

    [Fact]
    public void Message_has_source_position_reason_and_path()
    {
        var error = Assert.Throws<ManifestParseException>(() => ManifestSet.Parse(Header + "  namespace: true\n", "policy.yaml"));

        Assert.Equal("policy.yaml(5,14): expected a string, found boolean true; quote it at metadata.namespace", error.Message);
    }

    private static ManifestParseException Refused(string yaml) => Assert.Throws<ManifestParseException>(() => ManifestSet.Parse(yaml));

    private static void AssertAt(ManifestParseException error, int line, int column, string fieldPath)
        => Assert.True((line, column, fieldPath) == (error.Line, error.Column, error.FieldPath), $"expected ({line},{column}) at '{fieldPath}', got ({error.Line},{error.Column}) at '{error.FieldPath}': {error.Reason}");
}
