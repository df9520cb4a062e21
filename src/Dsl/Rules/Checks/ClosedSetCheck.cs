using EnvoyGateway.Dsl.Rules.Syntax;

namespace EnvoyGateway.Dsl.Rules;

/// <summary>EG1001 for one closed-set field, and EG1002 when the field is required and absent.</summary>
internal static class ClosedSetCheck
{
    /// <param name="noun">How the message names the field ("unit", "load balancer type").</param>
    public static void Check(IRuleSink sink, string field, Fact<string> value, string[] allowed, string noun)
    {
        if (!value.IsKnown || AllowedValues.Contains(allowed, value.Value))
        {
            return;
        }

        var suggestions = Suggestions.Closest(value.Value, allowed);
        sink.Report(
            RuleCatalog.EG1001,
            field,
            [MessageText.Value(value.Value), noun, Suggestions.JoinAllowed(allowed), MessageText.DidYouMean(suggestions)],
            fixData: string.Join(",", suggestions));
    }

    public static void Required(IRuleSink sink, string field, Fact<string> value, string[] allowed, string noun, Phrase howToFix)
    {
        if (value.IsAbsent)
        {
            sink.Report(RuleCatalog.EG1002, field, [howToFix], fixData: allowed.Length == 1 ? allowed[0] : null);
            return;
        }

        Check(sink, field, value, allowed, noun);
    }
}
