using BenchmarkDotNet.Attributes;

namespace EnvoyGateway.Dsl.Benchmarks;

/// <summary>
/// YAML out and in for 10,000 policies (docs/yaml.md). Serialize10k_YamlDotNetEmitter writes the same
/// documents through YamlDotNet's low-level emitter: the peer that justifies the hand-written writer.
/// </summary>
[MemoryDiagnoser]
public class YamlBenchmarks
{
    private const int Count = 10_000;
    private ManifestSet _set = null!;
    private string _yaml = null!;

    /// <summary>Builds the model and its YAML once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _set = BenchShape.Create(Count);
        _yaml = _set.ToYaml();
    }

    /// <summary>Our writer.</summary>
    [Benchmark(Baseline = true)]
    public string Serialize10k() => _set.ToYaml();

    /// <summary>The same documents through YamlDotNet's Emitter events.</summary>
    [Benchmark]
    public string Serialize10k_YamlDotNetEmitter() => YamlDotNetEmitterPeer.Write(_set);

    /// <summary>Our reader.</summary>
    [Benchmark]
    public ManifestSet Parse10k() => ManifestSet.Parse(_yaml);

    /// <summary>YamlDotNet's parser alone, consuming the events: the floor under <see cref="Parse10k"/>.</summary>
    [Benchmark]
    public int Parse10k_YamlDotNetEventsOnly()
    {
        var parser = new YamlDotNet.Core.Parser(new StringReader(_yaml));
        var events = 0;
        while (parser.MoveNext())
        {
            events++;
        }

        return events;
    }
}
