using EnvoyGateway.Dsl.Gateway.V1Alpha1;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace EnvoyGateway.Dsl.Analyzers.Tests.Infrastructure;

/// <summary>Runs every DSL analyzer on a source, against .NET 10 reference assemblies and the Dsl, offline.</summary>
internal sealed class AnalyzerTest : CSharpAnalyzerTest<ResourceAnalyzer, DefaultVerifier>
{
    public AnalyzerTest(string source, string release = SelectedRelease.RuleTests)
    {
        TestCode = source;
        ReferenceAssemblies = new ReferenceAssemblies("net10.0");
        TestState.AdditionalReferences.AddRange(References.All);
        TestState.AnalyzerConfigFiles.Add(SelectedRelease.GlobalConfig(release));
    }

    public static DiagnosticResult Diagnostic(string id) => new(Analyzers.Descriptors.All.Single(descriptor => descriptor.Id == id));

    /// <summary>Asserts that <paramref name="source"/> produces exactly <paramref name="expected"/>.</summary>
    public static Task VerifyAsync(string source, params DiagnosticResult[] expected) => VerifyForAsync(SelectedRelease.RuleTests, source, expected);

    /// <summary>Asserts that <paramref name="source"/> produces exactly <paramref name="expected"/> with <paramref name="release"/> selected.</summary>
    public static Task VerifyForAsync(string release, string source, params DiagnosticResult[] expected)
    {
        var test = new AnalyzerTest(source, release);
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }

    protected override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers() => AllAnalyzers.Create();
}

/// <summary>The references a DSL user's project has: the .NET 10 reference assemblies and EnvoyGateway.Dsl.</summary>
internal static class References
{
    public static readonly IReadOnlyList<MetadataReference> All =
    [
        .. Basic.Reference.Assemblies.Net100.References.All,
        MetadataReference.CreateFromFile(typeof(BackendTrafficPolicy).Assembly.Location),
    ];
}

/// <summary>Every analyzer of the analyzer assembly, found by reflection so a new one is tested without registration.</summary>
internal static class AllAnalyzers
{
    public static readonly Type[] Types = typeof(DslAnalyzer).Assembly.GetTypes()
        .Where(type => !type.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(type))
        .OrderBy(type => type.Name, StringComparer.Ordinal)
        .ToArray();

    public static DiagnosticAnalyzer[] Create() => Types.Select(type => (DiagnosticAnalyzer)Activator.CreateInstance(type)!).ToArray();
}
