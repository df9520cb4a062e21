namespace EnvoyGateway.Dsl.Rules;

/// <summary>spec.loadBalancer and its consistentHash: closed sets, required type, CEL rule EG2001.</summary>
internal static class LoadBalancerChecks
{
    private static readonly string SetType = "set Type to one of " + Syntax.Suggestions.JoinAllowed(AllowedValues.LoadBalancerTypes);

    public static void Check(IRuleSink sink, Fact<string> type, Fact<bool> hasConsistentHash)
    {
        ClosedSetCheck.Required(sink, "type", type, AllowedValues.LoadBalancerTypes, "load balancer type", SetType);

        if (!type.IsKnown || !hasConsistentHash.IsKnown || !AllowedValues.Contains(AllowedValues.LoadBalancerTypes, type.Value))
        {
            return;
        }

        var isConsistentHash = type.Value == "ConsistentHash";
        if (isConsistentHash && !hasConsistentHash.Value)
        {
            sink.Report(RuleCatalog.EG2001, "type", [type.Value, "not set", "add ConsistentHash = new() { Type = \"SourceIP\" }"], fixData: "add");
        }
        else if (!isConsistentHash && hasConsistentHash.Value)
        {
            sink.Report(RuleCatalog.EG2001, "type", [type.Value, "set", "remove ConsistentHash, or set Type = \"ConsistentHash\""], fixData: "remove");
        }
    }

    public static void CheckConsistentHash(IRuleSink sink, Fact<string> type)
        => ClosedSetCheck.Required(sink, "type", type, AllowedValues.ConsistentHashTypes, "consistent hash type", "set Type = \"SourceIP\"");
}
