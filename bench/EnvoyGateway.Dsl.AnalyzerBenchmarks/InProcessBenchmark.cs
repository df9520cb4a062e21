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

    public static (double Analyzers, double Empty) Run()
    {
        var compilation = CSharpCompilation.Create(
            "Bench",
            [CSharpSyntaxTree.ParseText(PolicyGenerator.File("Policies", 0, 200))],
            [.. Basic.Reference.Assemblies.Net100.References.All, MetadataReference.CreateFromFile(typeof(ManifestSet).Assembly.Location)],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        if (compilation.GetDiagnostics().FirstOrDefault(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error) is { } error)
        {
            throw new InvalidOperationException(error.ToString());
        }

        return (Median(compilation, [new ResourceAnalyzer(), new ManifestSetAnalyzer()]), Median(compilation, [new EmptyAnalyzer()]));
    }

    private static double Median(Compilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers)
    {
        var times = new List<double>();
        for (var run = 0; run < Runs + 3; run++)
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

            if (run >= 3)
            {
                times.Add(watch.Elapsed.TotalMilliseconds);
            }
        }

        times.Sort();
        return times[times.Count / 2];
    }

    /// <summary>The peer: registers the same operation kind and does nothing, so the difference is our work.</summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    private sealed class EmptyAnalyzer : DiagnosticAnalyzer
    {
        private static readonly DiagnosticDescriptor Unused = new("EMPTY0001", "Unused", "Unused", "Bench", DiagnosticSeverity.Hidden, isEnabledByDefault: true);

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Unused];

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterOperationAction(_ => { }, OperationKind.ObjectCreation);
        }
    }
}
