using System.Text;
using EnvoyGateway.Dsl.Generator.Cel;
using EnvoyGateway.Dsl.Generator.Model;
using EnvoyGateway.Dsl.Generator.Releases;

namespace EnvoyGateway.Dsl.Generator.Emit;

/// <summary>Fills the generated part of docs/cel-rules.md: every generated rule with its key, and the rules left to hand-written checks.</summary>
internal static class CelRulesDocEmitter
{
    public const string RelativePath = "docs/cel-rules.md";

    public static string Emit(IReadOnlyList<CelCompiledRule> rules, CelInventory inventory, UnionModel model, string currentDocument)
        => GeneratedSection.Replace(RelativePath, currentDocument, "cel-rules", Generated(rules, inventory, model));

    private static string Generated(IReadOnlyList<CelCompiledRule> rules, CelInventory inventory, UnionModel model)
    {
        var text = new StringBuilder();
        text.Append($"\n### Rules covered by hand-written checks (not generated)\n\n");
        text.Append("| kind | path | releases | rule | reported as |\n|---|---|---|---|---|\n");
        foreach (var group in inventory.Sites.Where(s => CelHandPorted.CoveringRule(s) is not null).GroupBy(s => (s.Kind.Kind, s.Path, s.Rule.Rule)))
        {
            var releases = group.Aggregate(ReleaseSet.Empty, (set, s) => set.Union(ReleaseSet.Of(s.Release)));
            text.Append($"| {group.Key.Kind} | `{group.Key.Path}` | {model.Releases.Describe(releases)} | `{Cell(group.Key.Rule.Trim())}` | {CelHandPorted.CoveringRule(group.First())} |\n");
        }

        text.Append($"\n### Generated rules ({rules.Count})\n\n");
        text.Append("Reported as EG2100 with the key in the message and in the diagnostic property `celRule`. ");
        text.Append("The message is the CRD's (`failed rule: …` when the CRD gives none).\n\n");
        text.Append("| key | kind | path | message | releases | quick fix |\n|---|---|---|---|---|---|\n");
        foreach (var rule in rules.OrderBy(r => r.Kind.Kind, StringComparer.Ordinal).ThenBy(r => r.Key, StringComparer.Ordinal))
        {
            var message = rule.Newest.Rule.Message ?? "failed rule: " + rule.Rule.Trim();
            var path = rule.Path.Length == 0 ? "(object)" : rule.Path;
            var fix = rule.Fix is { } f ? $"with `{f.Field}` set: `{f.Discriminator}` = `{Cell(f.Value)}`" : "";
            text.Append($"| `{rule.Key}` | {rule.Kind.Kind} | `{path}` | {Cell(message)} | {model.Releases.Describe(rule.Releases)} | {fix} |\n");
        }

        text.Append('\n');
        return text.ToString();
    }

    private static string Cell(string value) => value.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
