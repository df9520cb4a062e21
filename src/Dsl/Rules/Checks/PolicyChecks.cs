namespace EnvoyGateway.Dsl.Rules;

/// <summary>Rules across the parts of one BackendTrafficPolicy: EG3005, EG3007.</summary>
internal static class PolicyChecks
{
    /// <summary>Checks at spec level; fields are relative to <c>spec</c>.</summary>
    public static void CheckSpec(IRuleSink sink, Fact<string> targetKind, Fact<bool> hasRateLimit, Fact<bool> hasLoadBalancer)
    {
        if (!targetKind.IsKnown || !AllowedValues.Contains(AllowedValues.IgnoringTargetKinds, targetKind.Value))
        {
            return;
        }

        var ignored = (hasRateLimit.IsKnown && hasRateLimit.Value, hasLoadBalancer.IsKnown && hasLoadBalancer.Value) switch
        {
            (true, true) => "rateLimit and loadBalancer",
            (true, false) => "rateLimit",
            (false, true) => "loadBalancer",
            _ => null,
        };
        if (ignored is not null)
        {
            sink.Report(RuleCatalog.EG3007, "targetRef", [targetKind.Value, ignored]);
        }
    }

    /// <summary>EG3005; the field is relative to <c>spec.targetRef</c>.</summary>
    public static void CheckTargetNamespace(IRuleSink sink, Fact<string> targetNamespace, Fact<string> policyNamespace)
    {
        if (!targetNamespace.IsKnown || !policyNamespace.IsKnown)
        {
            return;
        }

        if (!string.Equals(targetNamespace.Value, policyNamespace.Value, StringComparison.Ordinal))
        {
            sink.Report(RuleCatalog.EG3005, "namespace", [MessageText.Value(targetNamespace.Value), MessageText.Value(policyNamespace.Value)]);
        }
    }
}
