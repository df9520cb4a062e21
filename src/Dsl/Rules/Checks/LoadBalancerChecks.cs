namespace EnvoyGateway.Dsl.Rules;

/// <summary>spec.loadBalancer: the CEL rule EG2001 (its closed sets and required type are schema rules, in Rules/Schema).</summary>
internal static class LoadBalancerChecks
{
    public static void Check(IRuleSink sink, Fact<string> type, Fact<bool> hasConsistentHash)
    {
        if (!type.IsKnown || !hasConsistentHash.IsKnown || !AllowedValues.Contains(AllowedValues.LoadBalancerTypes, type.Value))
        {
            return;
        }

        var isConsistentHash = type.Value == "ConsistentHash";
        if (isConsistentHash && !hasConsistentHash.Value)
        {
            sink.Report(RuleCatalog.EG2001, "type", [type.Value, "not set", Fixes.AddConsistentHash], fixData: "add");
        }
        else if (!isConsistentHash && hasConsistentHash.Value)
        {
            sink.Report(RuleCatalog.EG2001, "type", [type.Value, "set", Fixes.UseConsistentHashOrRemoveIt], fixData: "remove");
        }
    }
}
