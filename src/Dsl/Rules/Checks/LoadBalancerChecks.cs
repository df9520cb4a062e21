namespace EnvoyGateway.Dsl.Rules;

/// <summary>spec.loadBalancer and its consistentHash: closed sets, required type, CEL rule EG2001.</summary>
internal static class LoadBalancerChecks
{
    public static void Check(IRuleSink sink, Fact<string> type, Fact<bool> hasConsistentHash)
    {
        ClosedSetCheck.Required(sink, "type", type, AllowedValues.LoadBalancerTypes, "load balancer type", Fixes.SetLoadBalancerType);

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

    public static void CheckConsistentHash(IRuleSink sink, Fact<string> type)
        => ClosedSetCheck.Required(sink, "type", type, AllowedValues.ConsistentHashTypes, "consistent hash type", Fixes.SetConsistentHashType);
}
