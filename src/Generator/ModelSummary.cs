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

        var rules = model.Types.SelectMany(t => t.Properties).SelectMany(p => p.PerRelease.Values).Sum(r => CountRules(r.Facts))
            + model.Kinds.SelectMany(k => k.RootFacts.Values).Sum(f => f.Validations.Count);
        builder.Append($"CEL rules (summed over releases): {rules}");
        return builder.ToString();
    }

    private static int CountRules(NodeFacts facts) => facts.Validations.Count + (facts.Element is { } element ? CountRules(element) : 0);
}
