namespace EnvoyGateway.Dsl.Rules;

/// <summary>The closed sets of the v0.6.0 CRD and controller, spelled as in YAML. Matching is case-sensitive.</summary>
internal static class AllowedValues
{
    public const string GatewayApiGroup = "gateway.networking.k8s.io";

    public static readonly string[] LoadBalancerTypes = ["ConsistentHash", "LeastRequest", "Random", "RoundRobin"];
    public static readonly string[] ConsistentHashTypes = ["SourceIP"];
    public static readonly string[] RateLimitTypes = ["Global"];
    public static readonly string[] HeaderMatchTypes = ["Exact", "RegularExpression", "Distinct"];
    public static readonly string[] SourceMatchTypes = ["Exact", "Distinct"];
    public static readonly string[] RateLimitUnits = ["Second", "Minute", "Hour", "Day"];
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
