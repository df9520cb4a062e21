using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace EnvoyGateway.Dsl.Analyzers.Tests.Infrastructure;

/// <summary>Compiles a source with the Dsl reference and runs every analyzer the way an IDE host does, catching analyzer exceptions.</summary>
internal static class AnalyzerRunner
{
    private static readonly ImmutableArray<DiagnosticAnalyzer> Analyzers = [.. AllAnalyzers.Create()];

    // Adding trees to one empty compilation reuses its bound references: much faster than a new compilation per source.
    private static readonly CSharpCompilation Empty = CSharpCompilation.Create(
        "Policies",
        [],
        References.All,
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    public static CSharpCompilation Compile(string source, string assemblyName = "Policies")
        => Empty.WithAssemblyName(assemblyName).AddSyntaxTrees(CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest), path: "Policies.cs"));

    /// <summary>The analyzer diagnostics of <paramref name="source"/>, and every exception an analyzer threw on it.</summary>
    public static Task<(ImmutableArray<Diagnostic> Diagnostics, IReadOnlyList<Exception> Exceptions)> RunAsync(string source, string release = SelectedRelease.RuleTests)
        => RunAsync(source, SelectedRelease.Options(release));

    /// <summary>The analyzer diagnostics of <paramref name="source"/> with <paramref name="analyzerOptions"/>, and every exception an analyzer threw on it.</summary>
    public static async Task<(ImmutableArray<Diagnostic> Diagnostics, IReadOnlyList<Exception> Exceptions)> RunAsync(string source, AnalyzerOptions analyzerOptions)
    {
        var exceptions = new List<Exception>();
        var options = new CompilationWithAnalyzersOptions(
            analyzerOptions,
            onAnalyzerException: (exception, _, _) => { lock (exceptions) { exceptions.Add(exception); } },
            concurrentAnalysis: false,
            logAnalyzerExecutionTime: false);
        var withAnalyzers = Compile(source).WithAnalyzers(Analyzers, options);
        var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync();
        var failures = diagnostics.Where(diagnostic => diagnostic.Id == "AD0001").Select(diagnostic => new InvalidOperationException(diagnostic.ToString()));
        return (diagnostics.Where(diagnostic => diagnostic.Id != "AD0001").ToImmutableArray(), [.. exceptions, .. failures]);
    }

    /// <summary>The repository root, as tests/Directory.Build.props records it in the test assembly.</summary>
    public static string RepositoryRoot { get; } = typeof(AnalyzerRunner).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(attribute => attribute.Key == "RepositoryRoot").Value!;

    /// <summary>Only the global option the analyzers read: the selected release.</summary>
    private sealed class ReleaseOptions(string release) : AnalyzerConfigOptionsProvider
    {
        private readonly Options _options = new(release);

        public override AnalyzerConfigOptions GlobalOptions => _options;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Options.Empty;

        private sealed class Options(string? release) : AnalyzerConfigOptions
        {
            public static readonly Options Empty = new(null);

            public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value)
            {
                value = key == "build_property.EnvoyGatewayVersion" ? release : null;
                return value is not null;
            }
        }
    }
}
