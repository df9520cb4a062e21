using System.Diagnostics;
using System.Globalization;

namespace EnvoyGateway.Dsl.Benchmarks;

/// <summary>
/// One figure of the v1.9 bench shape in a loop, for a sampling profiler (<c>dotnet-trace collect -- dotnet
/// EnvoyGateway.Dsl.Benchmarks.dll --loop validate-v19 15</c>); tells the runs, the size its result keeps alive,
/// the median and fastest run, and per run the bytes allocated, the GC pauses and the collections.
/// </summary>
public static class ProfilingLoop
{
    /// <summary>Runs <paramref name="figure"/> (serialize-v19, parse-v19, trees-v19: the fast reader's document trees without binding, validate-v19, validate-v19-clean: without the deprecated fields) for <paramref name="seconds"/>.</summary>
    public static string Run(string figure, int seconds)
    {
        var set = BenchShape.CreateV19(10_000);
        var yaml = set.ToYaml();
        Func<object> run = figure switch
        {
            "serialize-v19" => () => set.ToYaml(),
            "parse-v19" => () => ManifestSet.Parse(yaml),
            "trees-v19" => () => ReadTreesOnly(yaml),
            "validate-v19" => () => set.Validate(EnvoyGatewayVersion.V1_9),
            "validate-v19-clean" => ValidateWithoutDeprecated(set),
            _ => throw new ArgumentException($"Unknown figure '{figure}': serialize-v19, parse-v19, trees-v19, validate-v19 or validate-v19-clean."),
        };
        var retained = RetainedMegabytes(run);
        var times = new List<double>();
        var pauseBefore = GC.GetTotalPauseDuration();
        var allocatedBefore = GC.GetTotalAllocatedBytes();
        int[] collectionsBefore = [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];
        var until = DateTime.UtcNow.AddSeconds(seconds);
        while (DateTime.UtcNow < until)
        {
            var watch = Stopwatch.StartNew();
            run();
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        var runs = times.Count;
        var perRun = (GC.GetTotalPauseDuration() - pauseBefore).TotalMilliseconds / runs;
        var allocated = (GC.GetTotalAllocatedBytes() - allocatedBefore) / runs / 1e6;
        var collections = string.Join(" / ", Enumerable.Range(0, 3).Select(g => ((double)(GC.CollectionCount(g) - collectionsBefore[g]) / runs).ToString("F1", CultureInfo.InvariantCulture)));
        return string.Create(CultureInfo.InvariantCulture,
            $"{runs} runs (result {retained:F1} MB; median {times[runs / 2]:F1} ms, fastest {times[0]:F1} ms; per run {allocated:F1} MB allocated, GC pauses {perRun:F1} ms, gen0/1/2 collections {collections})");
    }

    /// <summary>What one result keeps alive after full collections, in MB.</summary>
    private static double RetainedMegabytes(Func<object> run)
    {
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var result = run();
        var after = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(result);
        return (after - before) / 1e6;
    }

    private static object ReadTreesOnly(string yaml)
    {
        var reader = new Serialization.BlockYamlReader(yaml, ParseOptions.Default);
        var documents = 0;
        while (reader.ReadDocument() is not null)
        {
            documents++;
        }

        return documents;
    }

    private static Func<object> ValidateWithoutDeprecated(ManifestSet set)
    {
        var clean = ValidationBreakdown.WithoutDeprecated(set);
        return () => clean.Validate(EnvoyGatewayVersion.V1_9);
    }
}
