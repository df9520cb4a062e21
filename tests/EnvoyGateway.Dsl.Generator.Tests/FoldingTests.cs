using EnvoyGateway.Dsl.Generator.Model;

namespace EnvoyGateway.Dsl.Generator.Tests;

/// <summary>The folding rules of <see cref="ModelBuilder"/>, one at a time, on small hand-written CRDs.</summary>
public class FoldingTests
{
    private const string Ns = "EnvoyGateway.Dsl.Gateway.V1Alpha1";

    private const string PortAsInteger = """
        type: object
        properties:
          port:
            type: integer
            format: int32
        """;

    private const string PortAsString = """
        type: object
        properties:
          port:
            type: string
        """;

    [Fact]
    public void A_property_exists_in_the_releases_that_have_it_and_each_value_knows_its_releases()
    {
        var v06 = """
            type: object
            required: [unit]
            properties:
              unit:
                type: string
                enum: [Second, Minute]
            """;
        var v10 = """
            type: object
            properties:
              unit:
                type: string
                enum: [Minute, Hour]
              timeout:
                type: string
                description: |-
                  Timeout of the call.

                  Deprecated: use Timeouts.
            """;
        var model = Synthetic.Build([("v0.6.0", Synthetic.Crd(v06)), ("v1.0.2", Synthetic.Crd(v10))]);
        var spec = model.Type($"{Ns}.WidgetSpec");
        var unit = spec.Property("unit")!;
        Assert.Equal("all", model.Releases.Describe(unit.Releases));
        Assert.Equal("0.6", model.Releases.Describe(unit.RequiredIn));
        Assert.Equal(["Hour", "Minute", "Second"], unit.EnumValues.Keys);
        Assert.Equal(["1.0+", "all", "0.6"], unit.EnumValues.Values.Select(model.Releases.Describe));
        Assert.Equal($"{Ns}.WidgetSpecUnit", unit.ClosedSet!.FullName);
        var timeout = spec.Property("timeout")!;
        Assert.Equal("1.0+", model.Releases.Describe(timeout.Releases));
        Assert.Equal("1.0+", model.Releases.Describe(timeout.DeprecatedIn));
    }

    [Fact]
    public void A_shape_change_between_releases_stops_generation_and_names_both_shapes()
    {
        var error = Assert.Throws<GenerationException>(() =>
            Synthetic.Build([("v0.6.0", Synthetic.Crd(PortAsInteger)), ("v1.0.2", Synthetic.Crd(PortAsString))]));
        Assert.Contains($"{Ns}.WidgetSpec.port: shape integer(int32)", error.Message, StringComparison.Ordinal);
        Assert.Contains("but string at Widget .spec.port in 1.0", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_variant_override_gives_the_older_shape_its_own_property()
    {
        var model = Synthetic.Build(
            [("v0.6.0", Synthetic.Crd(PortAsInteger)), ("v1.0.2", Synthetic.Crd(PortAsString))],
            propertyOverrides: ["variant\tWidget .spec.port\t0.6:PortNumber"]);
        var spec = model.Type($"{Ns}.WidgetSpec");
        Assert.Equal(
            [("port", "Port", "1.0+", ShapeKind.String), ("port", "PortNumber", "0.6", ShapeKind.Integer)],
            spec.Properties.Select(p => (p.JsonName, p.CSharpName, model.Releases.Describe(p.Releases), p.Shape.Kind)));
    }

    [Fact]
    public void Widen_accepts_an_integer_that_became_int_or_string_and_keeps_the_declared_shape()
    {
        var intOrString = """
            type: object
            properties:
              port:
                x-kubernetes-int-or-string: true
                anyOf:
                - type: integer
                - type: string
            """;
        var model = Synthetic.Build(
            [("v0.6.0", Synthetic.Crd(PortAsInteger)), ("v1.0.2", Synthetic.Crd(intOrString))],
            propertyOverrides: ["widen\tWidget .spec.port\tint-or-string"]);
        var port = model.Type($"{Ns}.WidgetSpec").Property("port")!;
        Assert.Equal(ShapeKind.IntOrString, port.Shape.Kind);
        Assert.Equal(ShapeKind.Integer, port.PerRelease[0].DeclaredShape!.Kind);
        Assert.Null(port.PerRelease[1].DeclaredShape);
    }

    [Fact]
    public void An_override_that_matches_nothing_stops_generation()
    {
        var error = Assert.Throws<GenerationException>(() => Synthetic.Build(
            [("v0.6.0", Synthetic.Crd(PortAsInteger))],
            typeNameOverrides: [$"path\tWidget .spec.nothing\t{Ns}.Nothing"]));
        Assert.Contains("path 'Widget .spec.nothing' matches no object or closed set", error.Message, StringComparison.Ordinal);
    }

    private const string TwoMatches = """
        type: object
        properties:
          first:
            type: object
            properties:
              name:
                type: string
                maxLength: 10
          second:
            type: object
            properties:
              name:
                type: string
                maxLength: 10
              value:
                type: string
        """;

    [Fact]
    public void Positions_with_one_Go_type_are_one_CSharp_type_with_the_union_of_their_properties()
    {
        var model = Synthetic.Build(
            [("v0.6.0", Synthetic.Crd(TwoMatches))],
            goTypeNames: new Dictionary<string, string[]>
            {
                ["v0.6.0"] =
                [
                    "Widget\tv1alpha1\t.spec.first\tgithub.com/envoyproxy/gateway/api/v1alpha1.Match",
                    "Widget\tv1alpha1\t.spec.second\tgithub.com/envoyproxy/gateway/api/v1alpha1.Match",
                ],
            });
        var match = model.Type($"{Ns}.Match");
        Assert.Same(match, model.TypeAt("Widget", ".spec.first"));
        Assert.Same(match, model.TypeAt("Widget", ".spec.second"));
        Assert.Equal(["name", "value"], match.Properties.Select(p => p.JsonName));
        Assert.Equal(["Widget .spec.first", "Widget .spec.second"], match.Uses.Keys);
    }

    private static readonly Dictionary<string, string[]> OneMatchType = new()
    {
        ["v0.6.0"] =
        [
            "Widget\tv1alpha1\t.spec.first\tgithub.com/envoyproxy/gateway/api/v1alpha1.Match",
            "Widget\tv1alpha1\t.spec.second\tgithub.com/envoyproxy/gateway/api/v1alpha1.Match",
        ],
    };

    [Fact]
    public void Two_uses_of_one_type_that_disagree_about_a_rule_each_keep_their_own()
    {
        var lastMaxLength = TwoMatches.LastIndexOf("maxLength: 10", StringComparison.Ordinal);
        var disagreeing = TwoMatches[..lastMaxLength] + "maxLength: 20" + TwoMatches[(lastMaxLength + "maxLength: 10".Length)..];
        var model = Synthetic.Build([("v0.6.0", Synthetic.Crd(disagreeing))], goTypeNames: OneMatchType);
        var name = model.Type($"{Ns}.Match").Property("name")!.PerRelease[0];
        Assert.Equal(10, name.FactsAt("Widget .spec.first.name").MaxLength);
        Assert.Equal(20, name.FactsAt("Widget .spec.second.name").MaxLength);
        Assert.Equal(["Widget .spec.second.name"], name.FactsByUse.Keys);
    }

    [Fact]
    public void Two_uses_of_one_type_that_disagree_about_requiring_a_property_stop_generation()
    {
        var disagreeing = TwoMatches.Replace("  second:\n    type: object\n", "  second:\n    type: object\n    required: [name]\n", StringComparison.Ordinal);
        Assert.NotEqual(TwoMatches, disagreeing);
        var error = Assert.Throws<GenerationException>(() => Synthetic.Build([("v0.6.0", Synthetic.Crd(disagreeing))], goTypeNames: OneMatchType));
        Assert.Contains($"{Ns}.Match.name in 0.6: two uses disagree", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_property_keeps_the_type_it_got_first_when_a_later_position_names_another()
    {
        // Kubernetes renamed ResourceRequirements to VolumeResourceRequirements: a position that first
        // appears later must not split the property's type.
        var names = new Dictionary<string, string[]>
        {
            ["v0.6.0"] = ["Widget\tv1alpha1\t.spec.first\tgithub.com/envoyproxy/gateway/api/v1alpha1.Holder", "Widget\tv1alpha1\t.spec.first.inner\tk8s.io/api/core/v1.ResourceRequirements"],
            ["v1.0.2"] =
            [
                "Widget\tv1alpha1\t.spec.first\tgithub.com/envoyproxy/gateway/api/v1alpha1.Holder",
                "Widget\tv1alpha1\t.spec.first.inner\tk8s.io/api/core/v1.VolumeResourceRequirements",
                "Widget\tv1alpha1\t.spec.second\tgithub.com/envoyproxy/gateway/api/v1alpha1.Holder",
                "Widget\tv1alpha1\t.spec.second.inner\tk8s.io/api/core/v1.VolumeResourceRequirements",
            ],
        };
        const string Holder = """
                type: object
                properties:
                  inner:
                    type: object
                    properties:
                      limits:
                        type: string

            """;
        var v06 = "type: object\nproperties:\n  first:\n" + Holder;
        var v10 = v06 + "  second:\n" + Holder;
        var model = Synthetic.Build([("v0.6.0", Synthetic.Crd(v06)), ("v1.0.2", Synthetic.Crd(v10))], goTypeNames: names);
        Assert.Equal($"{Ns}.ResourceRequirements", model.TypeAt("Widget", ".spec.second.inner").FullName);
        Assert.Contains("k8s.io/api/core/v1.VolumeResourceRequirements", model.Type($"{Ns}.ResourceRequirements").GoTypes);
        Assert.DoesNotContain(model.Types, t => t.Name == "VolumeResourceRequirements");
    }

    [Fact]
    public void Two_Go_types_under_one_CSharp_name_stop_generation_unless_an_override_renames_one()
    {
        var names = new Dictionary<string, string[]>
        {
            ["v0.6.0"] =
            [
                "Widget\tv1alpha1\t.spec.first\tgithub.com/envoyproxy/gateway/api/v1alpha1.Match",
                "Widget\tv1alpha1\t.spec.second\tk8s.io/api/core/v1.Match",
            ],
        };
        var error = Assert.Throws<GenerationException>(() => Synthetic.Build([("v0.6.0", Synthetic.Crd(TwoMatches))], goTypeNames: names));
        Assert.Contains($"{Ns}.Match: named by different Go types (github.com/envoyproxy/gateway/api/v1alpha1.Match, k8s.io/api/core/v1.Match)", error.Message, StringComparison.Ordinal);

        var model = Synthetic.Build(
            [("v0.6.0", Synthetic.Crd(TwoMatches))],
            typeNameOverrides: [$"gotype\tk8s.io/api/core/v1.Match\t{Ns}.CoreMatch"],
            goTypeNames: names);
        Assert.Equal($"{Ns}.CoreMatch", model.TypeAt("Widget", ".spec.second").FullName);
    }

    [Fact]
    public void Gateway_API_types_promoted_between_versions_are_one_type()
    {
        var names = new Dictionary<string, string[]>
        {
            ["v0.6.0"] = ["Widget\tv1alpha1\t.spec.first\tsigs.k8s.io/gateway-api/apis/v1alpha2.Match"],
            ["v1.0.2"] = ["Widget\tv1alpha1\t.spec.second\tsigs.k8s.io/gateway-api/apis/v1.Match"],
        };
        var first = TwoMatches[..TwoMatches.IndexOf("  second:", StringComparison.Ordinal)];
        var model = Synthetic.Build([("v0.6.0", Synthetic.Crd(first)), ("v1.0.2", Synthetic.Crd(TwoMatches))], goTypeNames: names);
        Assert.Same(model.TypeAt("Widget", ".spec.first"), model.TypeAt("Widget", ".spec.second"));
        Assert.Equal("EnvoyGateway.Dsl.GatewayApi.Match", model.TypeAt("Widget", ".spec.second").FullName);
    }

    [Fact]
    public void A_position_keeps_the_name_of_the_first_release_it_appeared_in()
    {
        var names = new Dictionary<string, string[]>
        {
            ["v0.6.0"] = ["Widget\tv1alpha1\t.spec.first\tgithub.com/envoyproxy/gateway/api/v1alpha1.Match"],
            ["v1.0.2"] = ["Widget\tv1alpha1\t.spec.first\tgithub.com/envoyproxy/gateway/api/v1alpha1.RenamedMatch"],
        };
        var model = Synthetic.Build([("v0.6.0", Synthetic.Crd(TwoMatches)), ("v1.0.2", Synthetic.Crd(TwoMatches))], goTypeNames: names);
        Assert.Equal($"{Ns}.Match", model.TypeAt("Widget", ".spec.first").FullName);
        Assert.DoesNotContain(model.Types, t => t.Name == "RenamedMatch");
    }

    [Fact]
    public void Without_a_Go_name_a_type_is_named_by_its_position()
    {
        var model = Synthetic.Build([("v0.6.0", Synthetic.Crd(TwoMatches))]);
        Assert.Equal($"{Ns}.WidgetSpecFirst", model.TypeAt("Widget", ".spec.first").FullName);
        Assert.Equal($"{Ns}.WidgetSpecSecond", model.TypeAt("Widget", ".spec.second").FullName);
        Assert.Equal("EnvoyGateway.Dsl.GatewayApi.Route", Synthetic.Build([("v0.6.0", Synthetic.Crd(TwoMatches, kind: "Route", group: "gateway.networking.k8s.io"))]).Kind("Route").RootType.FullName);
    }

    [Fact]
    public void Kinds_record_their_served_versions_newest_first_and_model_the_newest()
    {
        var crd = Synthetic.Crd(PortAsInteger, version: "v1alpha2");
        var twoVersions = crd.Replace("  versions:\n", "  versions:\n  - name: v1\n    served: true\n    storage: false\n    schema:\n      openAPIV3Schema:\n        type: object\n        properties:\n          spec:\n            type: object\n            properties:\n              port:\n                type: integer\n                format: int64\n", StringComparison.Ordinal);
        var model = Synthetic.Build([("v0.6.0", twoVersions)]);
        var kind = model.Kind("Widget");
        Assert.Equal(["v1", "v1alpha2"], kind.ServedVersions[0]);
        Assert.Equal("int64", model.Type($"{Ns}.WidgetSpec").Property("port")!.Shape.IntegerFormat);
    }
}
