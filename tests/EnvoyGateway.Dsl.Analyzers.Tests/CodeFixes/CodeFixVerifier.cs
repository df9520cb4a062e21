using EnvoyGateway.Dsl.Analyzers;
using EnvoyGateway.Dsl.Analyzers.Tests.Infrastructure;
using EnvoyGateway.Dsl.Rules;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace EnvoyGateway.Dsl.Analyzers.Tests.CodeFixes;

/// <summary>
/// Runs one code fix against the real analyzer. Only the fix's rule is reported (the others are disabled),
/// so a test marks exactly the diagnostics it fixes, and the fixed code must have none of that rule left.
/// The framework also checks Fix All in document, project and solution scope against the fixed code.
/// </summary>
internal sealed class CodeFixVerifier<TCodeFix> : CSharpCodeFixTest<ResourceAnalyzer, TCodeFix, DefaultVerifier>
    where TCodeFix : CodeFixProvider, new()
{
    public CodeFixVerifier(string source, string fixedSource, string? equivalenceKey = null)
        : this([source], [fixedSource], equivalenceKey)
    {
    }

    public CodeFixVerifier(string[] sources, string[] fixedSources, string? equivalenceKey)
    {
        ReferenceAssemblies = new ReferenceAssemblies("net10.0");
        TestState.AdditionalReferences.AddRange(References.All);
        TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nbuild_property.EnvoyGatewayVersion = 0.6\n"));
        for (var i = 0; i < sources.Length; i++)
        {
            TestState.Sources.Add(("Policies" + i + ".cs", sources[i]));
            FixedState.Sources.Add(("Policies" + i + ".cs", fixedSources[i]));
        }

        CodeActionEquivalenceKey = equivalenceKey;
        var fixedIds = new TCodeFix().FixableDiagnosticIds;
        DisabledDiagnostics.AddRange(RuleCatalog.All.Select(rule => rule.Id).Where(id => !fixedIds.Contains(id)));
    }

    public static Task VerifyAsync(string source, string fixedSource, string? equivalenceKey = null)
        => new CodeFixVerifier<TCodeFix>(source, fixedSource, equivalenceKey).RunAsync();
}
