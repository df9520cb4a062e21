using System.Text;
using EnvoyGateway.Dsl.Generator.Cel;
using EnvoyGateway.Dsl.Generator.Model;
using EnvoyGateway.Dsl.Generator.Releases;

namespace EnvoyGateway.Dsl.Generator.Emit;

/// <summary>Fills the generated part of docs/cel.md: the inventory of the CEL rules of every release and what they use.</summary>
internal static class CelDocEmitter
{
    public const string RelativePath = "docs/cel.md";

    private const string EnvoyGatewayGroup = "gateway.envoyproxy.io";

    public static string Emit(CelInventory inventory, UnionModel model, string currentDocument)
        => GeneratedSection.Replace(RelativePath, currentDocument, "cel", Generated(inventory, model));

    public static string Generated(CelInventory inventory, UnionModel model)
    {
        var sites = inventory.Sites;
        var distinct = inventory.DistinctRules.Count();
        var text = new StringBuilder();
        text.Append("\n### Counts\n\n");
        text.Append("A *rule site* is one rule at one schema node of one kind in one release; a rule text shared by several kinds, paths or releases is one *distinct rule*.\n\n");
        text.Append("| | count |\n|---|---|\n");
        text.Append($"| rule sites | {sites.Count} |\n");
        text.Append($"| distinct rules | {distinct} |\n");
        text.Append($"| distinct rules that parse and pass the check | {distinct} (generation stops otherwise) |\n");
        text.Append($"| rule sites with `messageExpression` | {sites.Count(s => s.Rule.MessageExpression is not null)} |\n");
        text.Append($"| rule sites with `fieldPath` | {sites.Count(s => s.Rule.FieldPath is not null)} |\n");
        text.Append($"| rule sites with `reason` | {sites.Count(s => s.Rule.Reason is not null)} |\n");
        text.Append($"| rule sites with `optionalOldSelf` | {sites.Count(s => s.Rule.OptionalOldSelf)} |\n");
        text.Append($"| rule sites using `oldSelf` (transition rules) | {sites.Count(inventory.IsTransitionRule)} |\n");

        text.Append("\n### Rules per release\n\n");
        text.Append("| release | Envoy Gateway kinds: sites | Gateway API kinds: sites | distinct rules |\n|---|---|---|---|\n");
        foreach (var release in model.Releases.All)
        {
            var inRelease = sites.Where(s => s.Release == release).ToList();
            var envoy = inRelease.Count(s => s.Kind.Group == EnvoyGatewayGroup);
            var distinctInRelease = inRelease.Select(s => s.Rule.Rule).Distinct(StringComparer.Ordinal).Count();
            text.Append($"| {release.Name} | {envoy} | {inRelease.Count - envoy} | {distinctInRelease} |\n");
        }

        text.Append("\n### Rules per kind\n\n");
        text.Append($"| kind | group | sites in {model.Releases.Newest.Name} | distinct rules over all releases |\n|---|---|---|---|\n");
        foreach (var kind in model.Kinds)
        {
            var ofKind = sites.Where(s => s.Kind == kind).ToList();
            if (ofKind.Count == 0)
            {
                continue;
            }

            var newest = ofKind.Count(s => s.Release == model.Releases.Newest);
            text.Append($"| {kind.Kind} | {kind.Group} | {newest} | {ofKind.Select(s => s.Rule.Rule).Distinct(StringComparer.Ordinal).Count()} |\n");
        }

        text.Append("\n### Constructs\n\n");
        text.Append("Every construct the rules use, which is also the whole supported list (`src/Generator/Cel/CelSupport.cs`): ");
        text.Append("*uses* counts occurrences in the distinct rules. `_` stands for an operand, `x` for a macro's variable.\n\n");
        text.Append("| construct | meaning | distinct rules | rule sites | uses |\n|---|---|---|---|---|\n");
        foreach (var (construct, rules, siteCount, uses) in inventory.ConstructCounts())
        {
            text.Append($"| `{Cell(construct)}` | {Cell(CelSupport.Constructs[construct])} | {rules} | {siteCount} | {uses} |\n");
        }

        text.Append("\n### Transition rules (not checked on a manifest)\n\n");
        text.Append("They compare with the stored object (`oldSelf`), which a manifest does not have; the API server checks them on update.\n\n");
        text.Append("| kind | path | releases | rule |\n|---|---|---|---|\n");
        foreach (var group in sites.Where(inventory.IsTransitionRule).GroupBy(s => (s.Kind.Kind, s.Path, s.Rule.Rule)))
        {
            var releases = group.Aggregate(ReleaseSet.Empty, (set, s) => set.Union(ReleaseSet.Of(s.Release)));
            text.Append($"| {group.Key.Kind} | `{group.Key.Path}` | {model.Releases.Describe(releases)} | `{Cell(group.Key.Rule)}` |\n");
        }

        text.Append('\n');
        return text.ToString();
    }

    private static string Cell(string value) => value.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
