namespace EnvoyGateway.Dsl.Rules;

/// <summary>The closed sets the hand-written v0.6.0 controller and CEL checks use, spelled as in YAML (the schema's enums are in the generated SchemaTable). Matching is case-sensitive.</summary>
internal static class AllowedValues
{
    public const string GatewayApiGroup = "gateway.networking.k8s.io";

    public static readonly string[] LoadBalancerTypes = ["ConsistentHash", "LeastRequest", "Random", "RoundRobin"];
    public static readonly string[] SourceMatchTypes = ["Exact", "Distinct"];
    public static readonly string[] TargetKinds = ["Gateway", "HTTPRoute", "GRPCRoute", "UDPRoute", "TCPRoute", "TLSRoute"];

    /// <summary>Target kinds for which v0.6.0 accepts the policy but applies neither rate limits nor load balancing.</summary>
    public static readonly string[] IgnoringTargetKinds = ["TCPRoute", "UDPRoute", "TLSRoute"];

    public static bool Contains(string[] allowed, string value)
    {
        foreach (var candidate in allowed)
        {
            if (string.Equals(candidate, value, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
