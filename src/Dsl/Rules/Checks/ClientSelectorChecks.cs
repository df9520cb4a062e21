using System.Globalization;
using EnvoyGateway.Dsl.Rules.Syntax;

namespace EnvoyGateway.Dsl.Rules;

/// <summary>A rule's client selectors: header matches (EG1003, EG1005, EG3001–EG3003) and sourceCIDR (EG3004).</summary>
internal static class ClientSelectorChecks
{
    public const int MaxHeaders = 16;

    /// <param name="headerNames">The names of the selector's headers, in order; Unknown entries are skipped.</param>
    public static void CheckSelector(IRuleSink sink, Fact<string>[]? headerNames, Fact<int> headerCount)
    {
        if (headerCount.IsKnown && headerCount.Value > MaxHeaders)
        {
            sink.Report(RuleCatalog.EG1004, "headers", [headerCount.Value.ToString(CultureInfo.InvariantCulture), MaxHeaders.ToString(CultureInfo.InvariantCulture), "split them across several selectors or rules"]);
        }

        if (headerNames is null)
        {
            return;
        }

        for (var i = 1; i < headerNames.Length; i++)
        {
            if (!headerNames[i].IsKnown)
            {
                continue;
            }

            for (var j = 0; j < i; j++)
            {
                if (headerNames[j].IsKnown && string.Equals(headerNames[j].Value, headerNames[i].Value, StringComparison.Ordinal))
                {
                    sink.Report(RuleCatalog.EG1005, "headers[" + i.ToString(CultureInfo.InvariantCulture) + "]", [MessageText.Value(headerNames[i].Value)], fixData: "remove");
                    break;
                }
            }
        }
    }

    public static void CheckHeader(IRuleSink sink, Fact<string> name, Fact<string> type, Fact<string> value)
    {
        if (name.IsAbsent)
        {
            sink.Report(RuleCatalog.EG1002, "name", [Fixes.SetHeaderName]);
        }
        else
        {
            LengthCheck.Check(sink, "name", name, 1, 256);
        }

        LengthCheck.Check(sink, "value", value, 0, 1024);
        ClosedSetCheck.Check(sink, "type", type, AllowedValues.HeaderMatchTypes, "header match type");

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

    public static void CheckSourceCidr(IRuleSink sink, Fact<string> type, Fact<string> value)
    {
        ClosedSetCheck.Check(sink, "type", type, AllowedValues.SourceMatchTypes, "sourceCIDR type (case-sensitive: anything but 'Distinct' silently acts as Exact)");
        if (value.IsAbsent)
        {
            sink.Report(RuleCatalog.EG1002, "value", [Fixes.SetSourceCidrValue]);
            return;
        }

        if (!value.IsKnown || !LengthCheck.Check(sink, "value", value, 1, 256))
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
