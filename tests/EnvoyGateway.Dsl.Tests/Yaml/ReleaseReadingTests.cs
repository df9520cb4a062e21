using EnvoyGateway.Dsl.Gateway.V1Alpha1;
using EnvoyGateway.Dsl.GatewayApi;
using EnvoyGateway.Dsl.Releases;

namespace EnvoyGateway.Dsl.Tests.Yaml;

/// <summary>
/// Reading with a selected Envoy Gateway release (<see cref="ParseOptions.Release"/>): every generated kind at
/// every API version a release serves, refusals that name what the release serves, and fields of other
/// releases bound for the validator.
/// </summary>
public sealed class ReleaseReadingTests
{
    public static TheoryData<string, string, string, string> ServedKinds()
    {
        var data = new TheoryData<string, string, string, string>();
        foreach (var release in EnvoyGatewayVersion.Supported)
        {
            foreach (var kind in ReleaseFacts.Kinds)
            {
                foreach (var version in kind.ServedVersions[release.Index])
                {
                    data.Add(release.ToString(), kind.Group, version, kind.Kind);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ServedKinds))]
    public void Every_kind_reads_at_every_version_its_release_serves(string release, string group, string version, string kind)
    {
        var yaml = $"apiVersion: {group}/{version}\nkind: {kind}\nmetadata:\n  name: x\n  namespace: ns\nspec: {{}}\n";

        var resource = Assert.Single(ManifestSet.Parse(yaml, "k.yaml", new ParseOptions { Release = EnvoyGatewayVersion.Parse(release) }));

        Assert.Equal(kind, resource.Kind);
        Assert.Equal(group, resource.Group);
        Assert.Equal(new SourceLocation("k.yaml", 4, 9), resource.Metadata.SourceOf("name"));
        Assert.Equal(new SourceLocation("k.yaml", 6, 1), resource.SourceOf("spec"));
    }

    [Fact]
    public void A_version_the_release_does_not_serve_is_refused_naming_the_served_ones()
    {
        const string yaml = "apiVersion: gateway.networking.k8s.io/v1alpha2\nkind: GRPCRoute\nmetadata:\n  name: g\n";

        Assert.IsType<GRPCRoute>(Assert.Single(ManifestSet.Parse(yaml, null, new ParseOptions { Release = EnvoyGatewayVersion.V1_1 })));
        var error = Assert.Throws<ManifestParseException>(() => ManifestSet.Parse(yaml));

        Assert.Equal((1, 13, "apiVersion"), (error.Line, error.Column, error.FieldPath));
        Assert.Equal("apiVersion gateway.networking.k8s.io/v1alpha2 of kind GRPCRoute is not served by Envoy Gateway 1.9; it serves gateway.networking.k8s.io/v1", error.Reason);
    }

    [Fact]
    public void A_kind_the_release_lacks_is_refused_naming_the_releases_that_have_it()
    {
        const string yaml = "apiVersion: gateway.networking.k8s.io/v1\nkind: ListenerSet\nmetadata:\n  name: l\n";

        Assert.IsType<ListenerSet>(Assert.Single(ManifestSet.Parse(yaml)));
        var error = Assert.Throws<ManifestParseException>(() => ManifestSet.Parse(yaml, null, new ParseOptions { Release = EnvoyGatewayVersion.V1_7 }));

        Assert.Equal("apiVersion gateway.networking.k8s.io/v1 of kind ListenerSet is not served by Envoy Gateway 1.7, which has no ListenerSet; releases that serve it: 1.8, 1.9", error.Reason);
    }

    [Fact]
    public void A_field_of_a_later_release_binds_with_an_earlier_one_selected_and_points_at_its_value()
    {
        const string yaml = """
            apiVersion: gateway.envoyproxy.io/v1alpha1
            kind: BackendTrafficPolicy
            metadata:
              name: p
            spec:
              timeout:
                http:
                  requestTimeout: 5s
            """;

        var policy = Assert.IsType<BackendTrafficPolicy>(Assert.Single(ManifestSet.Parse(yaml, "p.yaml", new ParseOptions { Release = EnvoyGatewayVersion.V0_6 })));

        Assert.Equal("5s", policy.Spec.Timeout?.Http?.RequestTimeout);
        Assert.Equal(new SourceLocation("p.yaml", 8, 23), policy.Spec.Timeout!.Http!.SourceOf("requestTimeout"));
        Assert.Equal(new SourceLocation("p.yaml", 6, 3), policy.Spec.SourceOf("timeout"));
    }

    [Fact]
    public void A_field_no_release_knows_is_refused_with_the_release_fields()
    {
        const string yaml = "apiVersion: gateway.networking.k8s.io/v1\nkind: HTTPRoute\nmetadata:\n  name: r\nspec:\n  hostname: a\n";

        var error = Assert.Throws<ManifestParseException>(() => ManifestSet.Parse(yaml));

        Assert.Equal((6, 3, "spec.hostname"), (error.Line, error.Column, error.FieldPath));
        Assert.StartsWith("unknown field \"hostname\" in spec; known fields: hostnames, parentRefs, rules", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_spec_less_document_points_its_spec_findings_at_the_document()
    {
        var route = Assert.Single(ManifestSet.Parse("apiVersion: gateway.networking.k8s.io/v1\nkind: HTTPRoute\nmetadata:\n  name: r\n", "r.yaml"));

        Assert.Equal(new SourceLocation("r.yaml", 1, 1), Assert.IsType<HTTPRoute>(route).Spec.Source);
    }
}
