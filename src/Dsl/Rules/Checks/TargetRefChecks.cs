using EnvoyGateway.Dsl.Rules.Syntax;

namespace EnvoyGateway.Dsl.Rules;

/// <summary>spec.targetRef: the CEL rules EG2002–EG2004 (required fields, lengths and patterns are schema rules, in Rules/Schema).</summary>
internal static class TargetRefChecks
{
    /// <summary>The index of Envoy Gateway 0.6 in EnvoyGatewayVersion.Supported: the release whose CRD these ports are.</summary>
    private const int V0_6 = 0;

    /// <param name="sink">Where findings go.</param>
    /// <param name="release">The selected release's index. The kinds list (EG2003) and the ban on sectionName (EG2004)
    /// are v0.6's CRD rules: 1.x targets more kinds (ListenerSet …) and accepts sectionName, so they apply to 0.6 only.</param>
    /// <param name="group">targetRef.group.</param>
    /// <param name="kind">targetRef.kind.</param>
    /// <param name="sectionName">targetRef.sectionName.</param>
    public static void Check(IRuleSink sink, int release, Fact<string> group, Fact<string> kind, Fact<string> sectionName)
    {
        if (group.IsKnown && group.Value != AllowedValues.GatewayApiGroup)
        {
            sink.Report(RuleCatalog.EG2002, "group", [MessageText.Value(group.Value)], fixData: AllowedValues.GatewayApiGroup);
        }

        if (release != V0_6)
        {
            return;
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
