using BenchmarkDotNet.Attributes;

namespace EnvoyGateway.Dsl.Benchmarks;

/// <summary>
/// ManifestSet.Validate() over the bench shape: every single-resource rule plus the whole-set rules.
/// Goal: 10,000 policies ≤ 50 ms; growth from 1,000 to 100,000 linear (≤ 11× per 10×).
/// </summary>
[MemoryDiagnoser]
public class ValidationBenchmarks
{
    private ManifestSet _set = null!;

    /// <summary>Policies in the set.</summary>
    [Params(1_000, 10_000, 100_000)]
    public int Count { get; set; }

    /// <summary>Builds the set once.</summary>
    [GlobalSetup]
    public void Setup() => _set = BenchShape.Create(Count);

    /// <summary>All rules over the whole set, for the release the shape is written for (v0.6: targetRef, rateLimit.type),
    /// so that the figure is the walk's, not 20,000 deprecation warnings the newest release would add.</summary>
    [Benchmark]
    public int Validate() => _set.Validate(EnvoyGatewayVersion.V0_6).Count;
}
