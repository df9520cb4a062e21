using EnvoyGateway.Dsl.Rules.Syntax;

namespace EnvoyGateway.Dsl.Rules;

/// <summary>A rule's client selectors: header matches (EG3001–EG3003) and sourceCIDR (EG3004); their schema rules are in Rules/Schema.</summary>
internal static class ClientSelectorChecks
{
    public static void CheckHeader(IRuleSink sink, Fact<string> type, Fact<string> value)
    {
        // The CRD defaults an absent type to Exact.
        var effectiveType = type.IsAbsent ? Fact<string>.Of("Exact") : type;
        if (!effectiveType.IsKnown)
        {
            return;
        }

        switch (effectiveType.Value)
        {
            case "Distinct" when value.IsKnown:
                sink.Report(RuleCatalog.EG3001, "value", [MessageText.Value(value.Value)]);
                break;
            case "Exact" or "RegularExpression" when value.IsAbsent:
                sink.Report(RuleCatalog.EG3002, "value", [effectiveType.Value + (type.IsAbsent ? " (the default)" : "")]);
                break;
            case "RegularExpression" when value.IsKnown:
                var problem = Re2Syntax.Validate(value.Value);
                if (problem is not null)
                {
                    sink.Report(RuleCatalog.EG3003, "value", [MessageText.Value(value.Value), problem]);
                }

                break;
        }
    }

    /// <summary>EG3004 once the value has a length the schema accepts (EG1002/EG1003 are schema rules).</summary>
    public static void CheckSourceCidr(IRuleSink sink, Fact<string> value)
    {
        if (!value.IsKnown || value.Value.Length is < 1 or > 256)
        {
            return;
        }

        if (!GoCidr.TryParse(value.Value, out _, out _))
        {
            var suggestion = GoCidr.SuggestCidrFor(value.Value);
            var hint = suggestion is null ? "" : " (did you mean '" + suggestion + "'?)";
            sink.Report(RuleCatalog.EG3004, "value", [MessageText.Value(value.Value), hint], fixData: suggestion);
        }
    }
}
