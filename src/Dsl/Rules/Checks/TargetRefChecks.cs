using EnvoyGateway.Dsl.Rules.Syntax;

namespace EnvoyGateway.Dsl.Rules;

/// <summary>spec.targetRef: the CEL rules EG2002–EG2004 (required fields, lengths and patterns are schema rules, in Rules/Schema).</summary>
internal static class TargetRefChecks
{
    public static void Check(IRuleSink sink, Fact<string> group, Fact<string> kind, Fact<string> sectionName)
    {
        if (group.IsKnown && group.Value != AllowedValues.GatewayApiGroup)
        {
            sink.Report(RuleCatalog.EG2002, "group", [MessageText.Value(group.Value)], fixData: AllowedValues.GatewayApiGroup);
        }

        if (kind.IsKnown && !AllowedValues.Contains(AllowedValues.TargetKinds, kind.Value))
        {
            var suggestions = Suggestions.Closest(kind.Value, AllowedValues.TargetKinds);
            sink.Report(
                RuleCatalog.EG2003,
                "kind",
                [MessageText.Value(kind.Value), Suggestions.JoinAllowed(AllowedValues.TargetKinds), MessageText.DidYouMean(suggestions)],
                fixData: string.Join(",", suggestions));
        }

        if (sectionName.IsKnown)
        {
            sink.Report(RuleCatalog.EG2004, "sectionName", [MessageText.Value(sectionName.Value)]);
        }
    }
}
