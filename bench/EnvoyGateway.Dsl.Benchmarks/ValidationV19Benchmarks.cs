using BenchmarkDotNet.Attributes;

namespace EnvoyGateway.Dsl.Benchmarks;

/// <summary>
/// Validate(release 1.9) over 10,000 policies of the v1.9 bench shape (<see cref="BenchShape.CreateV19"/>): the
/// generated schema walk, every generated CEL rule of the release (EG2100), the controller and the set rules.
/// Goal (issues 10 and 11): ≤ 50 ms.
/// </summary>
[MemoryDiagnoser]
public class ValidationV19Benchmarks
{
    private ManifestSet _set = null!;

    /// <summary>Builds the set once.</summary>
    [GlobalSetup]
    public void Setup() => _set = BenchShape.CreateV19(10_000);

    /// <summary>All rules of Envoy Gateway 1.9 over the whole set.</summary>
    [Benchmark]
    public int ValidateV19() => _set.Validate(EnvoyGatewayVersion.V1_9).Count;
}
