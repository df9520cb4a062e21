using System.Globalization;

namespace EnvoyGateway.Dsl.Rules;

/// <summary>spec.rateLimit, each rule and each rule's limit: the controller's rules (the schema's are in Rules/Schema).</summary>
internal static class RateLimitChecks
{
    /// <summary>EG3006: neither a global nor (from 1.0) a local block, so the policy limits nothing.</summary>
    public static void CheckRateLimit(IRuleSink sink, Fact<bool> hasGlobal, Fact<bool> hasLocal)
    {
        if (hasGlobal.IsKnown && !hasGlobal.Value && (hasLocal.IsAbsent || (hasLocal.IsKnown && !hasLocal.Value)))
        {
            sink.Report(RuleCatalog.EG3006, "", []);
        }
    }

    /// <summary>EG3008 several sourceCIDR selectors (lastSourceCidr names the one v0.6.0 keeps).</summary>
    public static void CheckRule(IRuleSink sink, Fact<int> sourceCidrSelectors, Fact<string> lastSourceCidr)
    {
        if (sourceCidrSelectors.IsKnown && sourceCidrSelectors.Value > 1)
        {
            var last = lastSourceCidr.IsKnown ? MessageText.Value(lastSourceCidr.Value) : "?";
            sink.Report(RuleCatalog.EG3008, "clientSelectors", [Count(sourceCidrSelectors.Value), last]);
        }
    }

    public static void CheckLimit(IRuleSink sink, Fact<long> requests)
    {
        if (requests.IsKnown && requests.Value == 0)
        {
            sink.Report(RuleCatalog.EG3009, "requests", []);
        }
    }

    private static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);
}
