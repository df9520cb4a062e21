using BenchmarkDotNet.Attributes;

namespace EnvoyGateway.Dsl.Benchmarks;

/// <summary>
/// YAML out and in for 10,000 policies of the v1.9 bench shape (<see cref="BenchShape.CreateV19"/>: today's
/// shape plus timeout, retry, circuitBreaker and healthCheck), through the generated writer and binder
/// (issue 10's goals: serialise ≤ 100 ms, parse ≤ 200 ms).
/// </summary>
[MemoryDiagnoser]
public class YamlV19Benchmarks
{
    private const int Count = 10_000;

    private ManifestSet _set = null!;
    private string _yaml = null!;

    /// <summary>Builds the model and its YAML once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _set = BenchShape.CreateV19(Count);
        _yaml = _set.ToYaml();
    }

    /// <summary>Our writer, for Envoy Gateway 1.9 (the default).</summary>
    [Benchmark(Baseline = true)]
    public string Serialize10kV19() => _set.ToYaml();

    /// <summary>Our reader with 1.9 selected (the default): the block-style fast path takes this input.</summary>
    [Benchmark]
    public ManifestSet Parse10kV19() => ManifestSet.Parse(_yaml);
}
