using EnvoyGateway.Dsl.Generator.Model;

namespace EnvoyGateway.Dsl.Generator.Cel;

/// <summary>
/// Every CEL rule of every kind of every release, checked (<see cref="CelChecker"/>), and counted: what
/// docs/cel.md shows. A rule text shared by many kinds and releases is parsed once.
/// </summary>
internal sealed class CelInventory
{
    private CelInventory(IReadOnlyList<CelRuleSite> sites, IReadOnlyDictionary<string, CelUsage> usageByExpression)
    {
        Sites = sites;
        UsageByExpression = usageByExpression;
    }

    /// <summary>Each (kind, release, path, rule): the unit a check at build time runs on.</summary>
    public IReadOnlyList<CelRuleSite> Sites { get; }

    /// <summary>Each distinct rule or messageExpression text with what it uses.</summary>
    public IReadOnlyDictionary<string, CelUsage> UsageByExpression { get; }

    public IEnumerable<string> DistinctRules => Sites.Select(s => s.Rule.Rule).Distinct(StringComparer.Ordinal);

    /// <summary>Checks every rule; the first unsupported or unparsable one throws a <see cref="GenerationException"/>.</summary>
    public static CelInventory Check(UnionModel model)
    {
        var sites = CelRuleSite.All(model).ToList();
        var usage = new Dictionary<string, CelUsage>(StringComparer.Ordinal);
        foreach (var site in sites)
        {
            if (!usage.ContainsKey(site.Rule.Rule))
            {
                usage[site.Rule.Rule] = CelChecker.Check(site, site.Rule.Rule);
            }

            if (site.Rule.MessageExpression is { } messageExpression && !usage.ContainsKey(messageExpression))
            {
                usage[messageExpression] = CelChecker.Check(site, messageExpression, "messageExpression");
            }
        }

        return new CelInventory(sites, usage);
    }

    /// <summary>A rule that compares with the stored object (<c>oldSelf</c>): it cannot apply to a manifest.</summary>
    public bool IsTransitionRule(CelRuleSite site) => site.Rule.OptionalOldSelf || UsageByExpression[site.Rule.Rule].Constructs.ContainsKey("oldSelf");

    /// <summary>How many distinct rule texts use each construct, and how many rule sites.</summary>
    public IEnumerable<(string Construct, int Rules, int Sites, int Uses)> ConstructCounts()
    {
        var siteCounts = Sites.GroupBy(s => s.Rule.Rule, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        return CelSupport.Constructs.Keys.Select(construct =>
        {
            var rules = siteCounts.Keys.Where(r => UsageByExpression[r].Constructs.ContainsKey(construct)).ToList();
            return (construct, rules.Count, rules.Sum(r => siteCounts[r]), rules.Sum(r => UsageByExpression[r].Constructs[construct].Count));
        });
    }
}
