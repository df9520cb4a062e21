using System.Reflection;
using System.Text.RegularExpressions;
using EnvoyGateway.Dsl.Gateway.V1Alpha1;
using EnvoyGateway.Dsl.Rules;

namespace EnvoyGateway.Dsl.Tests.Rules;

/// <summary>The catalog, the spec and the docs agree: a rule without its page or example fails here.</summary>
public partial class CatalogTests
{
    private static string RepositoryRoot => typeof(CatalogTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepositoryRoot").Value!;

    public static TheoryData<string> RuleIds() => [.. RuleCatalog.All.Select(r => r.Id)];

    /// <summary>IDs assigned centrally after spec/rules-v0.6.0.md (issues 10–12).</summary>
    [Fact]
    public void Catalog_holds_exactly_the_rules_of_the_spec()
    {
        var spec = Fixture.Read("spec", "rules-v0.6.0.md");
        var specIds = RuleIdInTable().Matches(spec).Select(m => m.Groups[1].Value).Distinct().Order(StringComparer.Ordinal);
        Assert.Equal(specIds.Concat(BeyondTheV06Spec).Order(StringComparer.Ordinal), RuleCatalog.All.Select(r => r.Id));
    }

    /// <summary>Rules added with the releases after v0.6: availability, deprecation, ranges, property counts (issue 10), generated CEL rules (issue 11).</summary>
    private static readonly string[] BeyondTheV06Spec = ["EG1006", "EG1007", "EG1008", "EG1009", "EG2100"];

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Every_rule_has_a_page_with_cause_fix_suppression_and_a_wrong_and_right_example(string id)
    {
        var page = Path.Combine(RepositoryRoot, "docs", "rules", id + ".md");
        Assert.True(File.Exists(page), $"{id} has no page at {page}");
        var text = File.ReadAllText(page);
        var rule = RuleCatalog.Find(id)!;
        Assert.StartsWith($"# {id}: {rule.Title}", text, StringComparison.Ordinal);
        foreach (var heading in new[] { "## Cause", "## How to fix", "## How to suppress", "## Examples", "### Wrong", "### Right" })
        {
            Assert.Contains(heading, text, StringComparison.Ordinal);
        }

        var wrong = text[text.IndexOf("### Wrong", StringComparison.Ordinal)..text.IndexOf("### Right", StringComparison.Ordinal)];
        Assert.Contains("```csharp", wrong, StringComparison.Ordinal);
        Assert.Contains("```csharp", text[text.IndexOf("### Right", StringComparison.Ordinal)..], StringComparison.Ordinal);
        Assert.Contains($"[{id}]({id}.md)", File.ReadAllText(Path.Combine(RepositoryRoot, "docs", "rules", "README.md")), StringComparison.Ordinal);
        Assert.Equal(RuleDescriptor.HelpLinkBase + id + ".md", rule.HelpLink);
    }

    [Theory]
    [InlineData(typeof(LoadBalancerType), "LoadBalancerTypes", "0.6")]
    [InlineData(typeof(SourceMatchType), "SourceMatchTypes", "1.1")] // v0.6's CRD has no enum here: the controller's check (EG3004) holds the values
    public void Named_values_equal_the_catalogs_closed_sets(Type holder, string field, string release)
    {
        // The catalog's hand-written sets are v0.6's; the generated holders hold the union of every release.
        var named = holder.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.GetCustomAttributes<EnvoyGatewayReleaseAttribute>().All(a => a.Introduced == release && a.Removed is null))
            .Select(f => (string)f.GetRawConstantValue()!);
        var allowed = (string[])typeof(AllowedValues).GetField(field)!.GetValue(null)!;
        Assert.Equal(allowed.Order(StringComparer.Ordinal), named.Order(StringComparer.Ordinal));
        Assert.All(holder.GetFields(BindingFlags.Public | BindingFlags.Static), f => Assert.Equal(f.Name, f.GetRawConstantValue()));
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Messages_start_with_the_path_or_value_and_format_without_error(string id)
    {
        var rule = RuleCatalog.Find(id)!;
        var args = Enumerable.Range(1, 6).Select(i => (object?)$"<{i}>").ToArray();
        var message = rule.FormatMessage("spec.x", args);
        Assert.Contains("spec.x", message, StringComparison.Ordinal);
        Assert.DoesNotContain("{", message.Replace("{ ", "", StringComparison.Ordinal).Replace("{{", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [GeneratedRegex(@"^\| (EG\d{4}) \|", RegexOptions.Multiline)]
    private static partial Regex RuleIdInTable();
}
