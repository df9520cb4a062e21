using System.Globalization;

namespace EnvoyGateway.Dsl.Rules;

/// <summary>spec.rateLimit, its global block, each rule and each rule's limit.</summary>
internal static class RateLimitChecks
{
    public const int MaxRules = 16;
    public const int MaxClientSelectors = 8;

    public static void CheckRateLimit(IRuleSink sink, Fact<string> type, Fact<bool> hasGlobal)
    {
        ClosedSetCheck.Required(sink, "type", type, AllowedValues.RateLimitTypes, "rate limit type", Fixes.SetRateLimitType);
        if (hasGlobal.IsKnown && !hasGlobal.Value)
        {
            sink.Report(RuleCatalog.EG3006, "", []);
        }
    }

    public static void CheckGlobal(IRuleSink sink, Fact<int> ruleCount)
    {
        if (!ruleCount.IsKnown)
        {
            return;
        }

        if (ruleCount.Value == 0)
        {
            sink.Report(RuleCatalog.EG1002, "rules", [Fixes.AddRule]);
        }
        else if (ruleCount.Value > MaxRules)
        {
            sink.Report(RuleCatalog.EG1004, "rules", [Count(ruleCount.Value), Count(MaxRules), "split the rules across several policies targeting different routes"]);
        }
    }

    /// <summary>EG1002 limit, EG1004 selectors, EG3008 several sourceCIDR selectors (lastSourceCidr names the one v0.6.0 keeps).</summary>
    public static void CheckRule(IRuleSink sink, Fact<bool> hasLimit, Fact<int> selectorCount, Fact<int> sourceCidrSelectors, Fact<string> lastSourceCidr)
    {
        if (hasLimit.IsKnown && !hasLimit.Value)
        {
            sink.Report(RuleCatalog.EG1002, "limit", [Fixes.SetLimit]);
        }

        if (selectorCount.IsKnown && selectorCount.Value > MaxClientSelectors)
        {
            sink.Report(RuleCatalog.EG1004, "clientSelectors", [Count(selectorCount.Value), Count(MaxClientSelectors), "split them into several rules"]);
        }

        if (sourceCidrSelectors.IsKnown && sourceCidrSelectors.Value > 1)
        {
            var last = lastSourceCidr.IsKnown ? MessageText.Value(lastSourceCidr.Value) : "?";
            sink.Report(RuleCatalog.EG3008, "clientSelectors", [Count(sourceCidrSelectors.Value), last]);
        }
    }

    public static void CheckLimit(IRuleSink sink, Fact<long> requests, Fact<string> unit)
    {
        if (requests.IsAbsent)
        {
            sink.Report(RuleCatalog.EG1002, "requests", [Fixes.SetRequests]);
        }
        else if (requests.IsKnown && requests.Value == 0)
        {
            sink.Report(RuleCatalog.EG3009, "requests", []);
        }

        ClosedSetCheck.Required(sink, "unit", unit, AllowedValues.RateLimitUnits, "unit", Fixes.SetUnit);
    }

    private static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);
}
