using System.Text;
using CsCheck;
using EnvoyGateway.Dsl.Gateway.V1Alpha1;
using EnvoyGateway.Dsl.Serialization;

namespace EnvoyGateway.Dsl.Tests.Yaml;

public class YamlWriterTests
{
    [Fact]
    public void Full_policy_matches_golden_file()
        => GoldenFile.AssertMatches("full-policy.yaml", SamplePolicies.Full().ToYaml());

    [Fact]
    public void Utf8_form_is_the_text_encoded_for_any_policy_on_any_thread()
    {
        // Random policies (astral characters, 1,200-character strings) on several threads at once: each
        // thread reuses its own buffers, so a document longer or shorter than the one before must not leak.
        YamlRoundTripPropertyTests.Policy.Sample(
            policy => Assert.Equal(Encoding.UTF8.GetBytes(policy.ToYaml()), YamlWriter.WriteUtf8(policy)),
            iter: 2000,
            print: policy => policy.ToYaml());
    }

    [Fact]
    public void Minimal_policy_writes_only_what_is_set()
        => GoldenFile.AssertMatches("minimal-policy.yaml", new BackendTrafficPolicy("minimal").ToYaml());

    [Fact]
    public void Set_but_empty_parts_are_written_as_empty_mappings()
    {
        var policy = new BackendTrafficPolicy("empty-parts")
        {
            Spec =
            {
                TargetRef = new(),
                LoadBalancer = new(),
                RateLimit = new() { Global = new() },
            },
        };

        GoldenFile.AssertMatches("empty-parts.yaml", policy.ToYaml());
    }

    [Fact]
    public void Stream_separates_documents_with_dashes()
    {
        var set = new ManifestSet([new BackendTrafficPolicy("first"), new BackendTrafficPolicy("second") { Metadata = { Namespace = "shop" } }]);

        GoldenFile.AssertMatches("two-documents.yaml", set.ToYaml());
    }

    [Fact]
    public void Top_level_fields_come_in_kubernetes_order()
    {
        var lines = SamplePolicies.Full().ToYaml().Split('\n').Where(line => line.Length > 0 && line[0] != ' ').ToArray();

        Assert.Equal(["apiVersion: gateway.envoyproxy.io/v1alpha1", "kind: BackendTrafficPolicy", "metadata:", "spec:"], lines);
    }

    [Fact]
    public void Nested_keys_are_alphabetical_at_every_level()
    {
        var yaml = SamplePolicies.Full().ToYaml();
        var keysByIndent = new Dictionary<int, List<string>>();
        foreach (var line in yaml.Split('\n'))
        {
            var trimmed = line.TrimStart(' ', '-');
            var colon = trimmed.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0 || trimmed.StartsWith('\'') || trimmed.StartsWith('"'))
            {
                continue;
            }

            var indent = line.Length - trimmed.Length;
            if (line.TrimStart(' ').StartsWith('-'))
            {
                // The first key of a sequence item sits after "- " and starts a new mapping.
                keysByIndent.Remove(indent);
            }

            foreach (var deeper in keysByIndent.Keys.Where(k => k > indent).ToList())
            {
                keysByIndent.Remove(deeper);
            }

            var keys = keysByIndent.TryGetValue(indent, out var list) ? list : keysByIndent[indent] = [];
            var key = trimmed[..colon];
            if (indent > 0 && keys.Count > 0)
            {
                Assert.True(string.CompareOrdinal(keys[^1], key) < 0, $"'{key}' follows '{keys[^1]}' in:\n{yaml}");
            }

            keys.Add(key);
        }
    }

    [Fact]
    public void Output_uses_line_feeds_only_and_no_byte_order_mark()
    {
        var yaml = new ManifestSet([SamplePolicies.Full(), SamplePolicies.Full()]).ToYaml();

        Assert.DoesNotContain('\r', yaml);
        Assert.False(yaml.StartsWith('\uFEFF'), "the output starts with a byte order mark");
        Assert.EndsWith("\n", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void Numbers_are_plain_and_timestamps_are_utc_seconds()
    {
        var yaml = SamplePolicies.Full().ToYaml();

        Assert.Contains("\n          requests: 100\n", yaml, StringComparison.Ordinal);
        Assert.Contains("\n  generation: 3\n", yaml, StringComparison.Ordinal);
        Assert.Contains("\n  creationTimestamp: '2024-01-01T00:00:00Z'\n", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_string_map_values_are_kept()
        => Assert.Contains("\n    empty: ''\n", SamplePolicies.Full().ToYaml(), StringComparison.Ordinal);

    [Fact]
    public void Empty_lists_and_maps_are_omitted()
    {
        var policy = new BackendTrafficPolicy("no-lists")
        {
            Spec = { RateLimit = new() { Global = new() { Rules = { new() { Limit = new() { Requests = 1 } } } } } },
        };

        var yaml = policy.ToYaml();

        Assert.DoesNotContain("labels", yaml, StringComparison.Ordinal);
        Assert.DoesNotContain("annotations", yaml, StringComparison.Ordinal);
        Assert.DoesNotContain("finalizers", yaml, StringComparison.Ordinal);
        Assert.DoesNotContain("ownerReferences", yaml, StringComparison.Ordinal);
        Assert.DoesNotContain("clientSelectors", yaml, StringComparison.Ordinal);
        Assert.DoesNotContain("[]", yaml, StringComparison.Ordinal);
    }
}
