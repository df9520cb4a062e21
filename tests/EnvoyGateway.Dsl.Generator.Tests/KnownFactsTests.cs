using EnvoyGateway.Dsl.Generator.Model;
using EnvoyGateway.Dsl.Generator.Releases;

namespace EnvoyGateway.Dsl.Generator.Tests;

/// <summary>
/// The union model of the real inputs against facts counted independently from the CRD files
/// (../shared/reference/envoy-gateway/README.md) and read in them by hand.
/// </summary>
public class KnownFactsTests
{
    private const string V1Alpha1 = "EnvoyGateway.Dsl.Gateway.V1Alpha1";

    private static UnionModel Model => Repository.Model;

    private static Release R(string name) => Model.Releases.All.Single(r => r.Name == name);

    [Fact]
    public void Releases_are_the_eleven_input_folders_oldest_first_named_by_minor_version()
    {
        Assert.Equal(
            ["0.6", "1.0", "1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "1.9"],
            Model.Releases.All.Select(r => r.Name));
        Assert.Equal("v1.4.6", R("1.4").Folder);
        Assert.Equal("1.9.0", Model.Releases.Newest.PatchName);
    }

    [Theory]
    [InlineData("0.6", 3)]
    [InlineData("1.0", 11)]
    [InlineData("1.1", 15)]
    [InlineData("1.2", 18)]
    [InlineData("1.9", 26)]
    public void BackendTrafficPolicy_spec_has_the_counted_top_level_fields(string release, int count)
    {
        var spec = Model.Type($"{V1Alpha1}.BackendTrafficPolicySpec");
        Assert.Equal(count, spec.Properties.Count(p => p.Releases.Contains(R(release))));
    }

    [Theory]
    [InlineData("0.6", 4)]
    [InlineData("1.0", 16)]
    [InlineData("1.2", 30)]
    [InlineData("1.9", 76)]
    public void BackendTrafficPolicy_carries_the_counted_CEL_rules(string release, int count)
        => Assert.Equal(count, CelRules(Model.Kind("BackendTrafficPolicy"), R(release)));

    [Fact]
    public void The_eight_Envoy_Gateway_kinds_of_1_9_carry_537_CEL_rules()
    {
        var kinds = Model.Kinds.Where(k => k.Group == "gateway.envoyproxy.io" && k.Releases.Contains(R("1.9"))).ToList();
        Assert.Equal(
            ["Backend", "BackendTrafficPolicy", "ClientTrafficPolicy", "EnvoyExtensionPolicy", "EnvoyPatchPolicy", "EnvoyProxy", "HTTPRouteFilter", "SecurityPolicy"],
            kinds.Select(k => k.Kind));
        Assert.Equal(537, kinds.Sum(k => CelRules(k, R("1.9"))));
    }

    [Fact]
    public void TargetRefs_and_targetSelectors_arrive_in_1_1_and_targetRef_is_deprecated_from_then_on()
    {
        var spec = Model.Type($"{V1Alpha1}.BackendTrafficPolicySpec");
        Assert.Equal("1.1+", Model.Releases.Describe(spec.Property("targetRefs")!.Releases));
        Assert.Equal("1.1+", Model.Releases.Describe(spec.Property("targetSelectors")!.Releases));
        var targetRef = spec.Property("targetRef")!;
        Assert.Equal("all", Model.Releases.Describe(targetRef.Releases));
        Assert.Equal("1.1+", Model.Releases.Describe(targetRef.DeprecatedIn));
        Assert.Equal("0.6-1.0", Model.Releases.Describe(targetRef.RequiredIn));
    }

    [Fact]
    public void SectionName_on_BackendTrafficPolicy_targets_is_refused_by_CEL_until_1_5_and_accepted_from_1_6()
    {
        var spec = Model.Kind("BackendTrafficPolicy").RootType.Property("spec")!;
        static bool RefusesSectionName(PropertyRelease release)
            => release.Facts.Validations.Any(v => v.Message == "this policy does not yet support the sectionName field");
        Assert.True(RefusesSectionName(spec.PerRelease[R("1.5").Index]));
        Assert.False(RefusesSectionName(spec.PerRelease[R("1.6").Index]));
        Assert.False(RefusesSectionName(spec.PerRelease[R("1.9").Index]));
    }

    [Fact]
    public void RateLimitUnit_values_know_their_releases()
    {
        var unit = Model.PropertyAt("BackendTrafficPolicy", ".spec.rateLimit.global.rules[].limit.unit");
        var described = unit.EnumValues.ToDictionary(v => v.Key, v => Model.Releases.Describe(v.Value));
        Assert.Equal(
            new Dictionary<string, string>
            {
                ["Second"] = "all", ["Minute"] = "all", ["Hour"] = "all", ["Day"] = "all",
                ["Month"] = "1.5+", ["Year"] = "1.5+", ["Week"] = "1.9+",
            },
            described);
        Assert.Equal($"{V1Alpha1}.RateLimitUnit", unit.ClosedSet!.FullName);
    }

    [Fact]
    public void The_api_md_names_of_0_6_are_kept_in_the_Envoy_Gateway_namespace()
    {
        string[] names =
        [
            "BackendTrafficPolicy", "BackendTrafficPolicySpec", "PolicyTargetReference", "LoadBalancer", "ConsistentHash",
            "RateLimitSpec", "GlobalRateLimit", "RateLimitRule", "RateLimitSelectCondition", "HeaderMatch", "SourceMatch", "RateLimitValue",
        ];
        foreach (var name in names)
        {
            Assert.Contains(Model.Types, t => t.FullName == $"{V1Alpha1}.{name}");
        }

        string[] closedSets = ["LoadBalancerType", "ConsistentHashType", "RateLimitType", "HeaderMatchType", "SourceMatchType", "RateLimitUnit"];
        foreach (var name in closedSets)
        {
            Assert.Contains(Model.ClosedSets, c => c.FullName == $"{V1Alpha1}.{name}");
        }

        Assert.Same(Model.Type($"{V1Alpha1}.HeaderMatch"), Model.TypeAt("BackendTrafficPolicy", ".spec.rateLimit.global.rules[].clientSelectors[].headers[]"));
        var requests = Model.PropertyAt("BackendTrafficPolicy", ".spec.rateLimit.global.rules[].limit.requests");
        Assert.Equal("uint", requests.CSharpTypeOverride);
        Assert.Equal("Requests", requests.CSharpName);
        Assert.Equal("SourceCIDR", Model.PropertyAt("BackendTrafficPolicy", ".spec.rateLimit.global.rules[].clientSelectors[].sourceCIDR").CSharpName);
    }

    [Fact]
    public void Gateway_API_kinds_are_modelled_from_the_newest_version_each_release_serves()
    {
        var grpcRoute = Model.Kind("GRPCRoute");
        Assert.Equal("v1alpha2", grpcRoute.NewestServedVersion(R("0.6").Index));
        Assert.Equal("v1", grpcRoute.NewestServedVersion(R("1.1").Index));
        Assert.Contains("v1alpha2", grpcRoute.ServedVersions[R("1.1").Index]);
        Assert.Equal("EnvoyGateway.Dsl.GatewayApi", grpcRoute.RootType.Namespace);
        Assert.Equal("v1", Model.Kind("BackendTLSPolicy").NewestServedVersion(R("1.9").Index));
        Assert.Equal("1.1-1.3", Model.Releases.Describe(Model.Kind("BackendLBPolicy").Releases));
    }

    [Fact]
    public void A_property_whose_shape_changed_is_settled_by_the_overrides()
    {
        // SecurityPolicy's cors.allowOrigins: StringMatch objects in 0.6, strings from 1.0 (property-overrides.tsv: variant).
        var cors = Model.TypeAt("SecurityPolicy", ".spec.cors");
        var variant = cors.Properties.Single(p => p.VariantName is not null);
        Assert.Equal(("allowOrigins", "AllowOriginsV0_6", "0.6"), (variant.JsonName, variant.CSharpName, Model.Releases.Describe(variant.Releases)));
        Assert.Equal(ShapeKind.Object, variant.Shape.Element!.Kind);
        var current = cors.Property("allowOrigins")!;
        Assert.Equal(("AllowOrigins", "1.0+"), (current.CSharpName, Model.Releases.Describe(current.Releases)));
        Assert.Equal(ShapeKind.String, current.Shape.Element!.Kind);

        // EnvoyProxy's envoyPDB.minAvailable: int32 in 1.2-1.3, int-or-string from 1.4 (widen); the old releases keep their declared shape.
        var minAvailable = Model.PropertyAt("EnvoyProxy", ".spec.provider.kubernetes.envoyPDB.minAvailable");
        Assert.Equal(ShapeKind.IntOrString, minAvailable.Shape.Kind);
        Assert.Equal(ShapeKind.Integer, minAvailable.PerRelease[R("1.3").Index].DeclaredShape!.Kind);
        Assert.Null(minAvailable.PerRelease[R("1.4").Index].DeclaredShape);
    }

    [Fact]
    public void Schema_rules_are_kept_per_release()
    {
        var headerName = Model.PropertyAt("BackendTrafficPolicy", ".spec.rateLimit.global.rules[].clientSelectors[].headers[].name");
        var facts = headerName.PerRelease[R("0.6").Index].Facts;
        Assert.Equal((1L, 256L), (facts.MinLength!.Value, facts.MaxLength!.Value));
        Assert.True(headerName.PerRelease[R("0.6").Index].Required);

        var headers = Model.PropertyAt("BackendTrafficPolicy", ".spec.rateLimit.global.rules[].clientSelectors[].headers");
        Assert.Equal(16L, headers.PerRelease[R("0.6").Index].Facts.MaxItems);
        Assert.Equal(ShapeKind.List, headers.Shape.Kind);

        var requests = Model.PropertyAt("BackendTrafficPolicy", ".spec.rateLimit.global.rules[].limit.requests");
        Assert.Equal(ShapeKind.Integer, requests.Shape.Kind);
    }

    /// <summary>Every x-kubernetes-validations entry of a kind's schema in one release, counted per occurrence as the CRD file has them.</summary>
    private static int CelRules(ModelKind kind, Release release)
        => kind.RootFacts[release.Index].Validations.Count + CelRules(kind.RootType, release);

    private static int CelRules(ModelType type, Release release)
    {
        var count = 0;
        foreach (var property in type.Properties.Where(p => p.Releases.Contains(release)))
        {
            count += CelRules(property.PerRelease[release.Index].Facts);
            if (property.Shape.Innermost.Type is { } child)
            {
                count += CelRules(child, release);
            }
        }

        return count;
    }

    private static int CelRules(NodeFacts facts) => facts.Validations.Count + (facts.Element is { } element ? CelRules(element) : 0);
}
