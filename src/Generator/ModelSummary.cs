using System.Text;
using EnvoyGateway.Dsl.Generator.Model;

namespace EnvoyGateway.Dsl.Generator;

/// <summary>The model's counts, for <c>--summary</c> and for reviewing what a new release changed.</summary>
internal static class ModelSummary
{
    public static string Describe(UnionModel model)
    {
        var builder = new StringBuilder();
        builder.AppendLine($"releases: {string.Join(", ", model.Releases.All.Select(r => $"{r.Name} ({r.Folder})"))}");
        builder.AppendLine($"kinds: {model.Kinds.Count}");
        foreach (var group in model.Types.GroupBy(t => t.Namespace).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var closedSets = model.ClosedSets.Count(c => c.Namespace == group.Key);
            builder.AppendLine($"{group.Key}: {group.Count()} types, {group.Sum(t => t.Properties.Count)} properties, {closedSets} closed sets");
        }

        var perUse = model.Types.SelectMany(t => t.Properties).SelectMany(p => p.PerRelease.Values).Sum(r => r.FactsByUse.Count);
        var variants = model.Types.SelectMany(t => t.Properties).Count(p => p.VariantName is not null);
        var widened = model.Types.SelectMany(t => t.Properties).Count(p => p.PerRelease.Values.Any(r => r.DeclaredShape is not null));
        var renamed = model.Types.Count(t => t.GoTypes.Select(Naming.TypeNamer.GoIdentity).Distinct().Count() > 1);
        builder.AppendLine($"settled: {variants} variant properties, {widened} widened, {renamed} types keeping their first name over a renamed Go type, {perUse} per-use fact sets (a use whose CRD disagrees with the type's first use)");
        builder.AppendLine($"  renamed Go types: {string.Join(", ", model.Types.Where(t => t.GoTypes.Select(Naming.TypeNamer.GoIdentity).Distinct().Count() > 1).Select(t => $"{t.Name} ({string.Join(" / ", t.GoTypes)})"))}");
        builder.AppendLine($"  per-use facts on: {string.Join(", ", model.Types.SelectMany(t => t.Properties).Where(p => p.PerRelease.Values.Any(r => r.FactsByUse.Count > 0)).Select(p => $"{p.Owner.Name}.{p.JsonName}"))}");
        var rules = model.Types.SelectMany(t => t.Properties).SelectMany(p => p.PerRelease.Values).Sum(r => CountRules(r.Facts))
            + model.Kinds.SelectMany(k => k.RootFacts.Values).Sum(f => f.Validations.Count);
        builder.Append($"CEL rules (per type property, summed over releases): {rules}");
        return builder.ToString();
    }

    private static int CountRules(NodeFacts facts) => facts.Validations.Count + (facts.Element is { } element ? CountRules(element) : 0);
}
