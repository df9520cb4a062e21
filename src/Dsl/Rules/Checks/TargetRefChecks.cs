using EnvoyGateway.Dsl.Rules.Syntax;

namespace EnvoyGateway.Dsl.Rules;

/// <summary>spec.targetRef: required fields, CRD patterns (EG1003) and the CEL rules EG2002–EG2004.</summary>
internal static class TargetRefChecks
{
    public static void Check(IRuleSink sink, Fact<string> group, Fact<string> kind, Fact<string> name, Fact<string> @namespace, Fact<string> sectionName)
    {
        // group
        if (group.IsAbsent)
        {
            sink.Report(RuleCatalog.EG1002, "group", [Fixes.SetTargetGroup], fixData: AllowedValues.GatewayApiGroup);
        }
        else if (group.IsKnown)
        {
            if (LengthCheck.Check(sink, "group", group, 0, 253) && !KubernetesNames.IsCrdGroupPattern(group.Value))
            {
                sink.Report(RuleCatalog.EG1003, "group", [MessageText.Value(group.Value), "must be a DNS subdomain (lower-case alphanumerics, '-' and '.')"]);
            }

            if (group.Value != AllowedValues.GatewayApiGroup)
            {
                sink.Report(RuleCatalog.EG2002, "group", [MessageText.Value(group.Value)], fixData: AllowedValues.GatewayApiGroup);
            }
        }

        // kind
        if (kind.IsAbsent)
        {
            sink.Report(RuleCatalog.EG1002, "kind", [Fixes.SetTargetKind]);
        }
        else if (kind.IsKnown)
        {
            if (LengthCheck.Check(sink, "kind", kind, 1, 63) && !KubernetesNames.IsCrdKindPattern(kind.Value))
            {
                sink.Report(RuleCatalog.EG1003, "kind", [MessageText.Value(kind.Value), "must start with a letter and hold only letters, digits and '-'"]);
            }

            if (!AllowedValues.Contains(AllowedValues.TargetKinds, kind.Value))
            {
                var suggestions = Suggestions.Closest(kind.Value, AllowedValues.TargetKinds);
                sink.Report(
                    RuleCatalog.EG2003,
                    "kind",
                    [MessageText.Value(kind.Value), Suggestions.JoinAllowed(AllowedValues.TargetKinds), MessageText.DidYouMean(suggestions)],
                    fixData: string.Join(",", suggestions));
            }
        }

        // name
        if (name.IsAbsent)
        {
            sink.Report(RuleCatalog.EG1002, "name", [Fixes.SetTargetName]);
        }
        else
        {
            LengthCheck.Check(sink, "name", name, 1, 253);
        }

        // namespace
        if (@namespace.IsKnown && LengthCheck.Check(sink, "namespace", @namespace, 1, 63) && !KubernetesNames.IsDns1123Label(@namespace.Value))
        {
            sink.Report(RuleCatalog.EG1003, "namespace", [MessageText.Value(@namespace.Value), "must be a DNS-1123 label (lower-case alphanumerics and '-', starting and ending alphanumeric)"]);
        }

        // sectionName
        if (sectionName.IsKnown)
        {
            if (LengthCheck.Check(sink, "sectionName", sectionName, 1, 253) && !KubernetesNames.IsDns1123Subdomain(sectionName.Value))
            {
                sink.Report(RuleCatalog.EG1003, "sectionName", [MessageText.Value(sectionName.Value), "must be a DNS-1123 subdomain"]);
            }

            sink.Report(RuleCatalog.EG2004, "sectionName", [MessageText.Value(sectionName.Value)]);
        }
    }
}
