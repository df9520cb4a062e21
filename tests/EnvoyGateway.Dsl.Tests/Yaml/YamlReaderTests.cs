using EnvoyGateway.Dsl.Gateway.V1Alpha1;

namespace EnvoyGateway.Dsl.Tests.Yaml;

public class YamlReaderTests
{
    [Fact]
    public void Reads_a_stream_and_skips_empty_documents()
    {
        var set = ManifestSet.Parse("---\napiVersion: gateway.envoyproxy.io/v1alpha1\nkind: BackendTrafficPolicy\nmetadata: {name: a}\n---\n# only a comment\n---\napiVersion: gateway.envoyproxy.io/v1alpha1\nkind: BackendTrafficPolicy\nmetadata: {name: b}\n---\n");

        Assert.Equal(["a", "b"], set.Select(resource => resource.Metadata.Name));
    }

    [Fact]
    public void Reads_a_v1_list()
    {
        var set = ManifestSet.Parse(
            "apiVersion: v1\nkind: List\nmetadata:\n  resourceVersion: \"\"\nitems:\n- apiVersion: gateway.envoyproxy.io/v1alpha1\n  kind: BackendTrafficPolicy\n  metadata: {name: a}\n- apiVersion: gateway.envoyproxy.io/v1alpha1\n  kind: BackendTrafficPolicy\n  metadata: {name: b}\n");

        Assert.Equal(["a", "b"], set.Select(resource => resource.Metadata.Name));
    }

    [Fact]
    public void Reads_the_oracle_stream_like_the_oracle_json()
    {
        var set = ManifestSet.Parse(Fixture.Read("oracle", "08_list_yaml.yaml"));

        Assert.Equal(3, set.Count);
        var first = (BackendTrafficPolicy)set[0];
        Assert.Equal("rl-cart", first.Metadata.Name);
        Assert.Equal("shop", first.Metadata.Labels["app.kubernetes.io/part-of"]);
        Assert.Equal(40u, first.Spec.RateLimit!.Global!.Rules[0].Limit!.Requests);
        Assert.Equal(HeaderMatchType.Distinct, first.Spec.RateLimit.Global.Rules[0].ClientSelectors[0].Headers[0].Type);
    }

    [Fact]
    public void Null_and_empty_values_of_optional_fields_are_absent()
    {
        var policy = (BackendTrafficPolicy)Assert.Single(ManifestSet.Parse("apiVersion: gateway.envoyproxy.io/v1alpha1\nkind: BackendTrafficPolicy\nmetadata:\n  creationTimestamp: null\n  namespace: ~\n  labels:\n  finalizers: null\nspec:\n  loadBalancer: null\n  targetRef:\n    name:\n"));

        Assert.Null(policy.Metadata.CreationTimestamp);
        Assert.Null(policy.Metadata.Namespace);
        Assert.Empty(policy.Metadata.Labels);
        Assert.Empty(policy.Metadata.Finalizers);
        Assert.Null(policy.Spec.LoadBalancer);
        Assert.NotNull(policy.Spec.TargetRef);
        Assert.Null(policy.Spec.TargetRef.Name);
    }

    [Fact]
    public void Missing_name_stays_null_for_validation_to_report()
    {
        var policy = Assert.Single(ManifestSet.Parse("apiVersion: gateway.envoyproxy.io/v1alpha1\nkind: BackendTrafficPolicy\nspec: {}\n"));

        Assert.Null(policy.Metadata.Name);
        Assert.Contains(policy.Validate(EnvoyGatewayVersion.V0_6), diagnostic => diagnostic.Id == "EG5001");
    }

    [Theory]
    [InlineData("2024-01-01T01:30:00+01:00")]
    [InlineData("'2024-01-01T00:30:00Z'")]
    [InlineData("2024-01-01t00:30:00.000z")]
    public void Timestamps_are_read_as_utc(string text)
    {
        var policy = Assert.Single(ManifestSet.Parse($"apiVersion: gateway.envoyproxy.io/v1alpha1\nkind: BackendTrafficPolicy\nmetadata:\n  creationTimestamp: {text}\n"));

        Assert.Equal(new DateTimeOffset(2024, 1, 1, 0, 30, 0, TimeSpan.Zero), policy.Metadata.CreationTimestamp);
        Assert.Equal(TimeSpan.Zero, policy.Metadata.CreationTimestamp!.Value.Offset);
    }

    [Theory]
    [InlineData("0x1F", 31)]
    [InlineData("0o17", 15)]
    [InlineData("+20", 20)]
    [InlineData("4294967295", 4294967295)]
    public void Requests_accept_the_yaml_core_integer_forms(string text, uint expected)
    {
        var policy = (BackendTrafficPolicy)Assert.Single(ManifestSet.Parse($"apiVersion: gateway.envoyproxy.io/v1alpha1\nkind: BackendTrafficPolicy\nspec:\n  rateLimit:\n    global:\n      rules:\n      - limit: {{requests: {text}}}\n"));

        Assert.Equal(expected, policy.Spec.RateLimit!.Global!.Rules[0].Limit!.Requests);
    }
}
