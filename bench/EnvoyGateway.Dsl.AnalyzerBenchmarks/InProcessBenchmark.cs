using System.Collections.Immutable;
using System.Diagnostics;
using EnvoyGateway.Dsl.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace EnvoyGateway.Dsl.AnalyzerBenchmarks;

/// <summary>(a) Analysis of one file of 200 constant policies after warm-up, beside an analyzer that does nothing.</summary>
internal static class InProcessBenchmark
{
    private const int Runs = 15;

    public static (double Analyzers, double Empty, double Execution) Run()
    {
        var compilation = Compilation();
        var ours = Ours();
        ImmutableArray<DiagnosticAnalyzer> peer = [new EmptyAnalyzer()];
        var oursTimes = new List<double>();
        var peerTimes = new List<double>();
        var executionTimes = new List<double>();

        // Interleaved, so that load from other processes hits both alike; the first runs warm up.
        for (var run = 0; run < Runs + 3; run++)
        {
            var oursTime = Time(compilation, ours);
            var peerTime = Time(compilation, peer);
            var execution = ExecutionTime(compilation, ours);
            if (run >= 3)
            {
                oursTimes.Add(oursTime);
                peerTimes.Add(peerTime);
                executionTimes.Add(execution);
            }
        }

        return (Median(oursTimes), Median(peerTimes), Median(executionTimes));
    }

    /// <summary>For a profiler (docs/performance.md): our analyzers over the 200-policy file in a loop for <paramref name="seconds"/>.</summary>
    public static int Loop(int seconds)
    {
        var compilation = Compilation();
        var ours = Ours();
        var runs = 0;
        for (var until = DateTime.UtcNow.AddSeconds(seconds); DateTime.UtcNow < until; runs++)
        {
            Time(compilation, ours);
        }

        return runs;
    }

    /// <summary>The analyzers this figure is about (the reference rules have their own benchmark).</summary>
    private static ImmutableArray<DiagnosticAnalyzer> Ours() => [new ResourceAnalyzer(), new ManifestSetAnalyzer()];

    private static CSharpCompilation Compilation()
    {
        var compilation = CSharpCompilation.Create(
            "Bench",
            [CSharpSyntaxTree.ParseText(PolicyGenerator.File("Policies", 0, 200))],
            [.. Basic.Reference.Assemblies.Net100.References.All, MetadataReference.CreateFromFile(typeof(ManifestSet).Assembly.Location)],
            // Nullable on, as in the SDK's templates and the build benchmark's project: operations' types then carry
            // annotations, which a type cache keyed by reference once failed to find (KindTypes).
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        if (compilation.GetDiagnostics().FirstOrDefault(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error) is { } error)
        {
            throw new InvalidOperationException(error.ToString());
        }

        return compilation;
    }

    /// <summary>Roslyn's own telemetry: time spent inside our analyzers' callbacks, without the compiler's binding.</summary>
    private static double ExecutionTime(Compilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers)
    {
        var withAnalyzers = compilation.WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(new AnalyzerOptions([]), null, concurrentAnalysis: false, logAnalyzerExecutionTime: true));
        withAnalyzers.GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
        var total = TimeSpan.Zero;
        foreach (var analyzer in analyzers)
        {
            total += withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None).GetAwaiter().GetResult().ExecutionTime;
        }

        return total.TotalMilliseconds;
    }

    private static double Median(List<double> times)
    {
        times.Sort();
        return times[times.Count / 2];
    }

    private static double Time(Compilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers)
    {
        {
            // A fresh CompilationWithAnalyzers per run, as an IDE does per edit; the compilation's binding is shared.
            var withAnalyzers = compilation.WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(new AnalyzerOptions([]), null, concurrentAnalysis: false, logAnalyzerExecutionTime: false));
            var watch = Stopwatch.StartNew();
            var diagnostics = withAnalyzers.GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
            watch.Stop();
            if (diagnostics.Length > 0)
            {
                throw new InvalidOperationException("valid policies produced " + diagnostics[0]);
            }

            return watch.Elapsed.TotalMilliseconds;
        }
    }
}
