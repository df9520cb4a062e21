using EnvoyGateway.Dsl.Generator.Model;

namespace EnvoyGateway.Dsl.Generator.Tests;

/// <summary>The generated "what each release changes" table of docs/releases.md, on facts known from the CRDs.</summary>
public class ReleaseChangesTests
{
    private static ReleaseChanges Changes(string release)
        => ReleaseChanges.Compute(Repository.Model, Repository.Model.Releases.All.Single(r => r.Name == release).Index);

    private static KindChanges Btp(string release) => Changes(release).Kinds.Single(k => k.Kind.Kind == "BackendTrafficPolicy");

    [Fact]
    public void Release_1_1_adds_targetRefs_deprecates_targetRef_and_two_kinds_and_writes_GRPCRoute_as_v1()
    {
        var changes = Changes("1.1");
        Assert.Contains("spec.targetRefs", Btp("1.1").Added);
        Assert.Contains("spec.targetSelectors", Btp("1.1").Added);
        Assert.Contains("spec.targetRef", Btp("1.1").Deprecated);
        Assert.Contains("spec.targetRef.namespace", Btp("1.1").Removed);
        Assert.Equal(["Backend", "EnvoyExtensionPolicy", "BackendLBPolicy"], changes.KindsAdded.Select(k => k.Kind));
        Assert.Contains(changes.VersionChanges, c => c.Kind.Kind == "GRPCRoute" && c.From == "v1alpha2" && c.To == "v1");
    }

    [Fact]
    public void Rate_limit_units_arrive_in_1_5_and_1_9()
    {
        const string Unit = "spec.rateLimit.global.rules[].limit.unit";
        Assert.Equal(["Month", "Year"], Btp("1.5").ValuesAdded.Single(v => v.Path == Unit).Values);
        Assert.Equal(["Week"], Btp("1.9").ValuesAdded.Single(v => v.Path == Unit).Values);
        Assert.DoesNotContain(Btp("1.2").ValuesAdded, v => v.Path == Unit);
    }

    [Fact]
    public void Compression_is_deprecated_for_compressor_in_1_6()
    {
        Assert.Contains("spec.compressor", Btp("1.6").Added);
        Assert.Contains("spec.compression", Btp("1.6").Deprecated);
    }
}
