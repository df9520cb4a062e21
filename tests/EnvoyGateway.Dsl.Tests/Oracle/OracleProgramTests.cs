using EnvoyGateway.Dsl.Gateway.V1Alpha1;
using EnvoyGateway.Dsl.Tests.Oracle.Programs;

namespace EnvoyGateway.Dsl.Tests.Oracle;

/// <summary>
/// The C# equivalent of each jsonnet program of the oracle (Fixtures/oracle) produces the same objects
/// as the jsonnet library: our YAML and jsonnet's JSON are loaded into plain trees and compared.
/// </summary>
public sealed class OracleProgramTests
{
    [Fact]
    public void NewTargetRef_01_matches_jsonnet()
        => TreeAssert.Equal(OracleOutput.Json("01_new_targetref"), OracleOutput.Ours(BasicPrograms.NewTargetRef()));

    [Fact]
    public void MetadataAll_02_matches_jsonnet()
        => TreeAssert.Equal(OracleOutput.Json("02_metadata_all"), OracleOutput.Ours(BasicPrograms.MetadataAll()));

    [Theory]
    [InlineData("mixinOnEmpty")]
    [InlineData("mixinAppends")]
    [InlineData("plainAfterMixin")]
    public void MetadataMixins_03_matches_jsonnet(string name)
        => TreeAssert.Equal(OracleOutput.Case("03_metadata_mixins", name), OracleOutput.Ours(MixinPrograms.MetadataMixins()[name]), name);

    [Fact]
    public void LoadBalancers_04_match_the_jsonnet_list_items_in_order()
        => TreeAssert.Equal(OracleOutput.ListItems("04_loadbalancer"), OracleOutput.Ours(BasicPrograms.LoadBalancers()));

    [Fact]
    public void RateLimitGlobal_05_matches_jsonnet()
        => TreeAssert.Equal(OracleOutput.Json("05_ratelimit_global"), OracleOutput.Ours(BasicPrograms.RateLimitGlobal()));

    [Theory]
    [InlineData("appended")]
    [InlineData("replacedByPlain")]
    [InlineData("orderIndependentSiblings")]
    public void RateLimitMixins_06_matches_jsonnet(string name)
        => TreeAssert.Equal(OracleOutput.Case("06_ratelimit_mixins", name), OracleOutput.Ours(MixinPrograms.RateLimitMixins()[name]), name);

    [Theory]
    [InlineData("sumOfPartials")]
    [InlineData("lastWins")]
    [InlineData("staleConsistentHash")]
    [InlineData("viaMixinAlias")]
    [InlineData("derived")]
    public void Composition_07_matches_jsonnet(string name)
    {
        var expected = OracleOutput.Case("07_composition", name);
        var ours = CompositionPrograms.Composition()[name];

        // `derived` is a list of policies; every other case is one policy.
        var actual = expected is List<object?> ? OracleOutput.Ours(new ManifestSet(ours)) : OracleOutput.Ours(Assert.Single(ours));
        TreeAssert.Equal(expected, actual, name);
    }

    [Fact]
    public void Composition_07_invalid_cases_are_expressible_and_flagged()
    {
        var cases = CompositionPrograms.Composition();

        // Same output as jsonnet (above), but Validate() says what jsonnet never did.
        var stale = Assert.Single(cases["staleConsistentHash"]).Validate(EnvoyGatewayVersion.V0_6);
        Assert.Contains(stale, d => d.Id == "EG2001" && d.Path == "spec.loadBalancer.type");
        var alias = Assert.Single(cases["viaMixinAlias"]).Validate(EnvoyGatewayVersion.V0_6);
        Assert.Contains(alias, d => d.Id == "EG1002" && d.Path == "spec.targetRef.group");
        Assert.Contains(alias, d => d.Id == "EG1002" && d.Path == "spec.targetRef.kind");
    }

    /// <summary>
    /// 07 rawPatch adds <c>spec.tcpKeepalive: {}</c>, a field Envoy Gateway v0.6.0 does not have. The typed
    /// model deliberately cannot represent it: our output is the jsonnet output minus exactly that field,
    /// and reading the jsonnet output back is refused instead of silently dropping it.
    /// </summary>
    [Fact]
    public void Composition_07_rawPatch_matches_jsonnet_minus_the_unknown_field()
    {
        var expected = OracleOutput.Case("07_composition", "rawPatch");
        TreeAssert.Equal(Tree.Map(), Tree.At(expected, "spec.tcpKeepalive"), "jsonnet output holds the unknown field");

        var ours = Assert.Single(CompositionPrograms.Composition()["rawPatch"]);
        TreeAssert.Equal(Tree.With(expected, "spec.tcpKeepalive", Tree.Missing), OracleOutput.Ours(ours));
    }

    /// <summary>
    /// The jsonnet JSON is also YAML. Envoy Gateway v1.0 added <c>tcpKeepalive</c>, so the one model of every
    /// release reads it even with 0.6 selected (that the field is outside 0.6 is the validator's finding,
    /// not a parse error); a field no release knows is still refused.
    /// </summary>
    [Fact]
    public void Composition_07_rawPatch_jsonnet_output_reads_with_the_field_of_a_later_release()
    {
        var json = Tree.Render(OracleOutput.Case("07_composition", "rawPatch"));

        var policy = Assert.IsType<BackendTrafficPolicy>(Assert.Single(ManifestSet.Parse(json, null, new ParseOptions { Release = EnvoyGatewayVersion.V0_6 })));
        Assert.NotNull(policy.Spec.TcpKeepalive);

        var error = Assert.Throws<ManifestParseException>(() => ManifestSet.Parse(json.Replace("tcpKeepalive", "tcpKeepAlive", StringComparison.Ordinal)));
        Assert.Equal("spec.tcpKeepAlive", error.FieldPath);
        Assert.Contains("unknown field \"tcpKeepAlive\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Composition_07_every_jsonnet_case_has_a_csharp_equivalent()
        => Assert.Equal(
            OracleOutput.CaseNames("07_composition").Order(StringComparer.Ordinal),
            CompositionPrograms.Composition().Keys.Order(StringComparer.Ordinal));

    [Fact]
    public void Mixins_03_and_06_every_jsonnet_case_has_a_csharp_equivalent()
    {
        Assert.Equal(OracleOutput.CaseNames("03_metadata_mixins").Order(StringComparer.Ordinal), MixinPrograms.MetadataMixins().Keys.Order(StringComparer.Ordinal));
        Assert.Equal(OracleOutput.CaseNames("06_ratelimit_mixins").Order(StringComparer.Ordinal), MixinPrograms.RateLimitMixins().Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ListYaml_08_matches_the_jsonnet_list_items_in_order()
        => TreeAssert.Equal(OracleOutput.ListItems("08_list_yaml"), OracleOutput.Ours(CompositionPrograms.ListYaml()));

    [Fact]
    public void ListYaml_08_our_stream_reads_as_the_jsonnet_yaml_stream()
    {
        var jsonnetStream = Tree.FromYamlStream(Fixture.Read(OracleOutput.Folder, "08_list_yaml.yaml"));

        Assert.Equal(3, jsonnetStream.Count);
        TreeAssert.Equal(jsonnetStream, OracleOutput.Ours(CompositionPrograms.ListYaml()));
    }

    [Fact]
    public void ListYaml_08_valid_policies_have_no_findings()
        => Assert.Empty(CompositionPrograms.ListYaml().Validate(EnvoyGatewayVersion.V0_6));
}
