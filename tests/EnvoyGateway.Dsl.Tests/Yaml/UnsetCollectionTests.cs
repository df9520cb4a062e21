using EnvoyGateway.Dsl.Gateway.V1Alpha1;

namespace EnvoyGateway.Dsl.Tests.Yaml;

/// <summary>
/// A model's lists and maps are created on first use, not with every object: a parsed set keeps only the
/// collections its YAML fills (a tenth of what 10,000 policies keep, docs/performance.md). Users still see a
/// collection wherever they look, and writing, schema checks and set rules read them without creating any.
/// </summary>
public class UnsetCollectionTests
{
    private const string Policy = """
        apiVersion: gateway.envoyproxy.io/v1alpha1
        kind: BackendTrafficPolicy
        metadata:
          name: api
          namespace: shop
        spec:
          targetRef:
            group: gateway.networking.k8s.io
            kind: HTTPRoute
            name: api
          retry:
            numRetries: 3
        """;

    [Fact]
    public void Reading_writing_and_validating_a_parsed_policy_creates_none_of_its_unset_collections()
    {
        var policy = (BackendTrafficPolicy)ManifestSet.Parse(Policy)[0];

        var yaml = new ManifestSet { policy }.ToYaml();
        new ManifestSet { policy }.Validate(EnvoyGatewayVersion.V0_6);
        new ManifestSet { policy }.Validate(EnvoyGatewayVersion.V1_9);

        Assert.Contains("numRetries: 3", yaml, StringComparison.Ordinal);
        Assert.Null(policy.Metadata.LabelsIfCreated);
        Assert.Null(policy.Metadata.AnnotationsIfCreated);
        Assert.Null(policy.Metadata.FinalizersIfCreated);
        Assert.Null(policy.Spec.TargetRefsIfCreated);
        Assert.Null(policy.Spec.TargetSelectorsIfCreated);
        Assert.Null(policy.Spec.Retry!.RetryOn);
    }

    [Fact]
    public void An_unset_collection_reads_as_one_empty_collection_that_stays()
    {
        var policy = new BackendTrafficPolicy("api");

        var targets = policy.Spec.TargetRefs;
        targets.Add(new() { Group = "gateway.networking.k8s.io", Kind = "HTTPRoute", Name = "api" });

        Assert.Same(targets, policy.Spec.TargetRefs);
        Assert.Single(policy.Spec.TargetRefs);
        Assert.Empty(policy.Metadata.Labels);
    }

    [Fact]
    public void Assigning_null_empties_a_collection_and_an_initializer_still_appends()
    {
        var policy = new BackendTrafficPolicy("api") { Metadata = { Labels = { ["team"] = "edge" } } };
        policy.Spec.TargetRefs = null!;
        policy.Metadata.Labels.Add("tier", "front");

        Assert.Empty(policy.Spec.TargetRefs);
        Assert.Equal(["team", "tier"], policy.Metadata.Labels.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void What_was_read_from_yaml_is_written_back_the_same_with_or_without_empty_collections_read()
    {
        var parsed = ManifestSet.Parse(Policy);
        var before = parsed.ToYaml();

        // Reading every unset collection creates them empty; empty collections are not written.
        var policy = (BackendTrafficPolicy)parsed[0];
        _ = policy.Spec.TargetRefs.Count + policy.Spec.Compressor.Count + policy.Metadata.Annotations.Count + policy.Spec.Retry!.RetryOn?.Triggers.Count;

        Assert.Equal(before, parsed.ToYaml());
    }
}
