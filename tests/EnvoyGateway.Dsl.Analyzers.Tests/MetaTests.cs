using System.Text.RegularExpressions;
using EnvoyGateway.Dsl.Analyzers.Tests.Infrastructure;
using EnvoyGateway.Dsl.Rules;
using Microsoft.CodeAnalysis;

namespace EnvoyGateway.Dsl.Analyzers.Tests;

/// <summary>What every rule gets for free: a descriptor equal to the catalog's, tests, a docs page, release tracking.</summary>
public sealed class MetaTests
{
    public static TheoryData<string> RuleIds() => [.. RuleCatalog.All.Select(rule => rule.Id)];

    public static TheoryData<string> AnalyzerNames() => [.. AllAnalyzers.Types.Select(type => type.Name)];

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Rule_has_a_supported_descriptor_equal_to_the_catalog(string id)
    {
        var rule = RuleCatalog.Find(id)!;
        // One descriptor object per rule; EG1006 is supported by two analyzers (symbols and values).
        var descriptor = Assert.Single(AllAnalyzers.Create().SelectMany(analyzer => analyzer.SupportedDiagnostics).Where(descriptor => descriptor.Id == id).Distinct());
        Assert.Equal(rule.Title, descriptor.Title.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(rule.MessageFormat, descriptor.MessageFormat.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(rule.Category, descriptor.Category);
        Assert.Equal(rule.Severity switch { RuleSeverity.Error => DiagnosticSeverity.Error, RuleSeverity.Warning => DiagnosticSeverity.Warning, _ => DiagnosticSeverity.Info }, descriptor.DefaultSeverity);
        Assert.True(descriptor.IsEnabledByDefault);
        Assert.Equal(rule.HelpLink, descriptor.HelpLinkUri);
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Rule_has_a_test_class(string id)
        => Assert.Contains(typeof(MetaTests).Assembly.GetTypes(), type => type.Name == id + "Tests" && type.GetMethods().Any(method => method.GetCustomAttributes(typeof(FactAttribute), inherit: true).Length > 0));

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Help_link_points_at_the_rule_page_in_the_repository(string id)
    {
        var link = Descriptors.For(RuleCatalog.Find(id)!).HelpLinkUri;
        Assert.StartsWith(RuleDescriptor.HelpLinkBase, link, StringComparison.Ordinal);
        var page = Path.Combine(AnalyzerRunner.RepositoryRoot, "docs", "rules", link[RuleDescriptor.HelpLinkBase.Length..]);
        Assert.True(File.Exists(page), $"{link} has no page at {page}");
        Assert.Equal(id + ".md", Path.GetFileName(page));
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Unshipped_release_lists_the_rule(string id)
    {
        var releases = File.ReadAllText(Path.Combine(AnalyzerRunner.RepositoryRoot, "src", "Analyzers", "AnalyzerReleases.Unshipped.md"));
        var rule = RuleCatalog.Find(id)!;
        Assert.Matches(new Regex("^" + id + @"\s*\|\s*" + Regex.Escape(rule.Category) + @"\s*\|\s*" + rule.Severity + @"\s*\|", RegexOptions.Multiline), releases);
    }

    [Theory]
    [InlineData("")]
    [InlineData("using EnvoyGateway.Dsl.Gateway.V1Alpha1; class C { object P => new BackendTrafficPolicy(\"x\") { Spec = { TargetRef = new() { Kind = ")]
    [InlineData("using EnvoyGateway.Dsl; class C { ManifestSet S => [new EnvoyGateway.Dsl.Gateway.V1Alpha1.BackendTrafficPolicy(")]
    public async Task Analyzers_run_without_exception(string source)
    {
        var (_, exceptions) = await AnalyzerRunner.RunAsync(source);
        Assert.Empty(exceptions);
    }

    [Fact]
    public async Task Analyzers_stay_silent_without_the_dsl()
    {
        var (diagnostics, exceptions) = await AnalyzerRunner.RunAsync("class BackendTrafficPolicy { public string? Unit { get; set; } } class C { object P => new BackendTrafficPolicy { Unit = \"Minutes\" }; }");
        Assert.Empty(exceptions);
        Assert.Empty(diagnostics);
    }

    [Theory]
    [MemberData(nameof(AnalyzerNames))]
    public void Analyzer_is_sealed_and_derives_from_the_base(string name)
    {
        var type = AllAnalyzers.Types.Single(type => type.Name == name);
        Assert.True(type.IsSealed);
        Assert.True(typeof(DslAnalyzer).IsAssignableFrom(type));
    }
}
