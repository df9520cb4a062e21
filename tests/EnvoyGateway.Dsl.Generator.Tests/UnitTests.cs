using EnvoyGateway.Dsl.Generator.Crds;
using EnvoyGateway.Dsl.Generator.Naming;
using EnvoyGateway.Dsl.Generator.Releases;

namespace EnvoyGateway.Dsl.Generator.Tests;

public class ReleaseSetTests
{
    private static readonly ReleaseList Releases = List("v0.6.0", "v1.0.2", "v1.1.4", "v1.2.8");

    private static ReleaseList List(params string[] folders) => new(folders.Select(f => Release.TryParseFolder(f, out var r) ? r! : null!));

    [Fact]
    public void Folders_order_by_version_and_name_the_minor_release()
    {
        var list = List("v1.10.0", "v1.9.0", "v0.6.0");
        Assert.Equal(["0.6", "1.9", "1.10"], list.All.Select(r => r.Name));
        Assert.False(Release.TryParseFolder("latest", out _));
    }

    [Fact]
    public void Two_patch_releases_of_one_minor_release_are_refused()
    {
        var error = Assert.Throws<GenerationException>(() => List("v1.4.5", "v1.4.6"));
        Assert.Contains("Keep only the newest patch release", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0b1111u, "all")]
    [InlineData(0b1110u, "1.0+")]
    [InlineData(0b0011u, "0.6-1.0")]
    [InlineData(0b0001u, "0.6")]
    [InlineData(0b1001u, "0.6, 1.2+")]
    [InlineData(0u, "none")]
    public void A_set_reads_as_release_ranges(uint bits, string expected) => Assert.Equal(expected, Releases.Describe(new ReleaseSet(bits)));

    [Fact]
    public void Set_operations_work_on_the_bits()
    {
        var a = new ReleaseSet(0b0110);
        Assert.Equal((1, 2, 2), (a.First, a.Last, a.Count));
        Assert.True(a.Contains(Releases[1]));
        Assert.False(a.Contains(Releases[0]));
        Assert.Equal(new ReleaseSet(0b0111), a.Union(ReleaseSet.Of(0)));
        Assert.Equal(new ReleaseSet(0b0100), a.Except(ReleaseSet.Of(1)));
        Assert.True(a.IsContiguous);
        Assert.False(new ReleaseSet(0b1001).IsContiguous);
        Assert.Equal([(0, 0), (3, 3)], new ReleaseSet(0b1001).Ranges());
        Assert.Equal(new ReleaseSet(0b1111), Releases.Everything);
    }
}

public class NamingTests
{
    [Theory]
    [InlineData("sourceCIDR", "SourceCIDR")]
    [InlineData("rateLimit", "RateLimit")]
    [InlineData("x-forwarded-for", "XForwardedFor")]
    [InlineData("$ref", "Ref")]
    [InlineData("3scale", "N3scale")]
    public void Json_names_become_PascalCase(string json, string expected) => Assert.Equal(expected, CSharpNames.Pascal(json));

    [Theory]
    [InlineData("Minute", "Minute")]
    [InlineData("gzip", "Gzip")]
    [InlineData("HTTP/2", "HTTP_2")]
    [InlineData("TLSv1.2", "TLSv1_2")]
    [InlineData("1.2", "V1_2")]
    [InlineData("", "Empty")]
    public void Values_become_constant_names(string value, string expected) => Assert.Equal(expected, CSharpNames.ConstantName(value));

    [Fact]
    public void Go_types_map_to_the_namespace_of_their_package()
    {
        Assert.Equal("EnvoyGateway.Dsl.Gateway.V1Alpha1.HeaderMatch", TypeNamer.FromGoType("github.com/envoyproxy/gateway/api/v1alpha1.HeaderMatch"));
        Assert.Equal("EnvoyGateway.Dsl.GatewayApi.HTTPHeaderMatch", TypeNamer.FromGoType("sigs.k8s.io/gateway-api/apis/v1.HTTPHeaderMatch"));
        Assert.Equal("EnvoyGateway.Dsl.Gateway.V1Alpha1.Container", TypeNamer.FromGoType("k8s.io/api/core/v1.Container"));
        Assert.Equal(TypeNamer.GoIdentity("sigs.k8s.io/gateway-api/apis/v1alpha2.GRPCRouteSpec"), TypeNamer.GoIdentity("sigs.k8s.io/gateway-api/apis/v1.GRPCRouteSpec"));
        Assert.NotEqual(TypeNamer.GoIdentity("k8s.io/api/core/v1.Match"), TypeNamer.GoIdentity("github.com/envoyproxy/gateway/api/v1alpha1.Match"));
    }

    [Fact]
    public void A_property_name_taken_by_the_type_or_an_inherited_member_gets_a_suffix()
    {
        var crd = Synthetic.Crd("""
            type: object
            properties:
              source:
                type: string
              widgetSpec:
                type: string
              widgetSpecValue:
                type: string
            """);
        var model = Synthetic.Build([("v0.6.0", crd)]);
        Assert.Equal(
            ["SourceValue", "WidgetSpecValue", "WidgetSpecValueValue"],
            model.Type("EnvoyGateway.Dsl.Gateway.V1Alpha1.WidgetSpec").Properties.Select(p => p.CSharpName));
    }
}

public class KubernetesVersionTests
{
    [Fact]
    public void Versions_sort_GA_then_beta_then_alpha_higher_first()
    {
        string[] versions = ["v1alpha1", "v1beta1", "v1", "v1alpha3", "v2", "v1alpha2", "v2beta1"];
        Assert.Equal(["v2", "v1", "v2beta1", "v1beta1", "v1alpha3", "v1alpha2", "v1alpha1"], versions.Order(KubernetesVersionComparer.NewestFirst));
    }

    [Fact]
    public void An_unknown_schema_keyword_stops_generation()
    {
        var crd = Synthetic.Crd("""
            type: object
            x-new-feature: true
            """);
        var error = Assert.Throws<GenerationException>(() => CrdReader.Read(new StringReader(crd), "test.yaml"));
        Assert.Contains("schema keyword 'x-new-feature' is not understood", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Defaults_and_enum_values_keep_their_JSON_types()
    {
        var crd = Synthetic.Crd("""
            type: object
            default: {b: 1, a: "1", c: [true, null]}
            properties:
              mode:
                type: string
                enum: ["1", Exact]
            """);
        var spec = CrdReader.Read(new StringReader(crd), "test.yaml")[0].Versions[0].Schema.Property("spec")!;
        Assert.Equal("""{"a":"1","b":1,"c":[true,null]}""", spec.Facts.Default);
        Assert.Equal(["\"1\"", "\"Exact\""], spec.Property("mode")!.Facts.Enum);
    }
}
