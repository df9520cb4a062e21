using System.Composition;
using System.Reflection;
using EnvoyGateway.Dsl.CodeFixes;
using EnvoyGateway.Dsl.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace EnvoyGateway.Dsl.Analyzers.Tests.CodeFixes;

/// <summary>What every code fix must satisfy, found by reflection so a new provider cannot skip it.</summary>
public sealed class CodeFixProviderConventionTests
{
    private static readonly Type[] ProviderTypes = typeof(EquivalenceKeys).Assembly.GetTypes()
        .Where(type => !type.IsAbstract && typeof(CodeFixProvider).IsAssignableFrom(type))
        .OrderBy(type => type.Name, StringComparer.Ordinal)
        .ToArray();

    public static TheoryData<string> ProviderNames => [.. ProviderTypes.Select(type => type.Name)];

    [Fact]
    public void Exactly_the_rules_with_a_catalog_fix_have_a_provider()
    {
        var withFix = RuleCatalog.All.Where(rule => rule.HasCodeFix).Select(rule => rule.Id).Order(StringComparer.Ordinal);
        var provided = ProviderTypes.SelectMany(type => Create(type.Name).FixableDiagnosticIds).Order(StringComparer.Ordinal);

        Assert.Equal(withFix, provided);
    }

    [Theory]
    [MemberData(nameof(ProviderNames))]
    public void A_provider_is_exported_for_CSharp_under_its_type_name_and_shared(string providerName)
    {
        var type = ProviderTypes.Single(type => type.Name == providerName);
        var export = type.GetCustomAttribute<ExportCodeFixProviderAttribute>();

        Assert.NotNull(export);
        Assert.Equal(type.Name, export.Name);
        Assert.Equal([LanguageNames.CSharp], export.Languages);
        Assert.NotNull(type.GetCustomAttribute<SharedAttribute>());
    }

    [Theory]
    [MemberData(nameof(ProviderNames))]
    public void A_provider_fixes_all_in_document_project_and_solution(string providerName)
    {
        var fixAll = Create(providerName).GetFixAllProvider();

        // dotnet format analyzers skips a provider without Fix All in solution scope.
        Assert.NotNull(fixAll);
        Assert.Superset(new HashSet<FixAllScope> { FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution }, fixAll.GetSupportedFixAllScopes().ToHashSet());
    }

    private static CodeFixProvider Create(string providerName)
        => (CodeFixProvider)Activator.CreateInstance(ProviderTypes.Single(type => type.Name == providerName), nonPublic: true)!;
}
