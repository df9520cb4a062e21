using System.Collections.Immutable;
using EnvoyGateway.Dsl.Analyzers.Tests.Infrastructure;
using EnvoyGateway.Dsl.Build.Tests.EndToEnd;
using EnvoyGateway.Dsl.CodeFixes;
using EnvoyGateway.Dsl.CodeFixes.Editing;
using EnvoyGateway.Dsl.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace EnvoyGateway.Dsl.Analyzers.Tests.CodeFixes;

/// <summary>
/// The project the dotnet format end-to-end test fixes (Build.Tests, EndToEnd/FixableProject) holds every
/// fixable rule of the catalog, and the fixes reach its expected source the way dotnet format applies them:
/// one rule after the other, each with one Fix All in solution scope whose equivalence key is the one of
/// the first action registered for the first diagnostic found — which can be a diagnostic of another rule.
/// </summary>
public sealed class FixableProjectTests
{
    private static readonly string Broken = FixableProject.Broken(AnalyzerRunner.RepositoryRoot);

    // EG1007 needs a release that deprecates what the project's v0.6-shaped policies use, which would flag
    // every TargetRef here; its fix is covered by DeprecatedMemberCodeFixTests and, through dotnet format,
    // by the release end-to-end test (Build.Tests, ReleaseTests). EG2100's fixable rules are all 1.x rules
    // (v0.6's four CEL rules are EG2001–EG2004): CelDiscriminatorCodeFixTests covers its fix.
    private static readonly IReadOnlyList<string> FixableIds = [.. RuleCatalog.All
        .Where(rule => rule.HasCodeFix && rule.Id != RuleCatalog.EG1007.Id && rule.Id != RuleCatalog.EG2100.Id)
        .Select(rule => rule.Id)
        .Order(StringComparer.Ordinal)];

    private static readonly DslCodeFixProvider[] Providers = [.. typeof(EquivalenceKeys).Assembly.GetTypes()
        .Where(type => !type.IsAbstract && typeof(DslCodeFixProvider).IsAssignableFrom(type))
        .Select(type => (DslCodeFixProvider)Activator.CreateInstance(type, nonPublic: true)!)];

    [Fact]
    public void Every_fixable_rule_of_the_catalog_is_marked_once_in_the_project()
        => Assert.Equal(FixableIds, FixableProject.MarkedIds(Broken).Order(StringComparer.Ordinal));

    [Fact]
    public async Task The_analyzers_report_exactly_one_diagnostic_per_marked_rule_and_none_after_the_fix()
    {
        var (before, beforeExceptions) = await AnalyzerRunner.RunAsync(Broken);
        var (after, afterExceptions) = await AnalyzerRunner.RunAsync(FixableProject.Fixed(AnalyzerRunner.RepositoryRoot));

        Assert.Empty(beforeExceptions);
        Assert.Empty(afterExceptions);
        Assert.Equal(FixableProject.MarkedIds(Broken).Order(StringComparer.Ordinal), before.Select(diagnostic => diagnostic.Id).Order(StringComparer.Ordinal));
        Assert.Empty(after);
    }

    [Fact]
    public async Task Each_diagnostic_gets_the_preferred_key_first_from_its_provider_and_nothing_from_the_others()
    {
        var document = CreateDocument(Broken);
        foreach (var diagnostic in await AnalyzeAsync(document.Project))
        {
            foreach (var provider in Providers)
            {
                var keys = await RegisteredKeysAsync(provider, document, diagnostic);
                if (provider.FixableDiagnosticIds.Contains(diagnostic.Id))
                {
                    Assert.True(keys.Count > 0 && keys[0] == provider.PreferredEquivalenceKey, $"{diagnostic.Id}: [{string.Join(", ", keys)}]");
                }
                else
                {
                    Assert.True(keys.Count == 0, $"{provider.GetType().Name} offers [{string.Join(", ", keys)}] for {diagnostic.Id}");
                }
            }
        }
    }

    [Theory]
    [InlineData(true, false)]
    [InlineData(false, false)]
    [InlineData(true, true)]
    [InlineData(false, true)]
    public async Task Fixing_rule_after_rule_as_dotnet_format_does_gives_the_expected_source(bool anotherRulesDiagnosticFirst, bool reverseRuleOrder)
    {
        var document = CreateDocument(Broken);
        var ruleOrder = reverseRuleOrder ? FixableIds.Reverse() : FixableIds;
        foreach (var id in ruleOrder)
        {
            var provider = Providers.Single(provider => provider.FixableDiagnosticIds.Contains(id));
            var diagnostics = await AnalyzeAsync(document.Project);
            var first = diagnostics.OrderBy(diagnostic => diagnostic.Id == id == anotherRulesDiagnosticFirst).First();
            var keys = await RegisteredKeysAsync(provider, document, first);
            var fixAll = new FixAllContext(
                document, provider, FixAllScope.Solution, keys.FirstOrDefault()!, [id], new FixedDiagnostics(diagnostics), CancellationToken.None);

            var action = await provider.GetFixAllProvider().GetFixAsync(fixAll);

            Assert.True(action is not null, $"{id}: no Fix All action for the key of {first.Id} ({keys.FirstOrDefault() ?? "null"})");
            var changes = (await action.GetOperationsAsync(CancellationToken.None)).OfType<ApplyChangesOperation>().Single();
            document = changes.ChangedSolution.GetDocument(document.Id)!;
        }

        Assert.Equal(FixableProject.Fixed(AnalyzerRunner.RepositoryRoot), (await document.GetTextAsync()).ToString());
    }

    private static Document CreateDocument(string source)
    {
        var workspace = new AdhocWorkspace();
        var project = workspace.AddProject(ProjectInfo.Create(
            ProjectId.CreateNewId(), VersionStamp.Default, "Fixable", "Fixable", LanguageNames.CSharp,
            compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable),
            parseOptions: new CSharpParseOptions(LanguageVersion.Latest),
            metadataReferences: References.All));
        return workspace.AddDocument(project.Id, "Policies.cs", Microsoft.CodeAnalysis.Text.SourceText.From(source));
    }

    private static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(Project project)
    {
        var compilation = await project.GetCompilationAsync();
        return await compilation!.WithAnalyzers([.. AllAnalyzers.Create()], SelectedRelease.Options(SelectedRelease.RuleTests)).GetAnalyzerDiagnosticsAsync();
    }

    private static async Task<IReadOnlyList<string?>> RegisteredKeysAsync(CodeFixProvider provider, Document document, Diagnostic diagnostic)
    {
        var keys = new List<string?>();
        await provider.RegisterCodeFixesAsync(new CodeFixContext(document, diagnostic, (action, _) => keys.Add(action.EquivalenceKey), CancellationToken.None));
        return keys;
    }

    /// <summary>Every diagnostic of the analysis, whatever its rule, as dotnet format hands them to Fix All.</summary>
    private sealed class FixedDiagnostics(ImmutableArray<Diagnostic> diagnostics) : FixAllContext.DiagnosticProvider
    {
        public override Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken)
            => Task.FromResult(diagnostics.Where(diagnostic => diagnostic.Location.SourceTree?.FilePath == document.FilePath));

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken)
            => Task.FromResult<IEnumerable<Diagnostic>>(diagnostics);

        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken)
            => Task.FromResult<IEnumerable<Diagnostic>>(diagnostics);
    }
}
