namespace EnvoyGateway.Dsl.CodeFixes.Editing;

/// <summary>The DSL's constant holders (Gateway/V1Alpha1/ClosedSets.cs) of each closed-set property.</summary>
internal static class ClosedSetHolders
{
    private const string Namespace = "EnvoyGateway.Dsl.Gateway.V1Alpha1.";

    /// <returns>The metadata name of the holder of <paramref name="objectType"/>.<paramref name="property"/>, or null.</returns>
    public static string? For(string? objectType, string? property) => (objectType, property) switch
    {
        ("LoadBalancer", "Type") => Namespace + "LoadBalancerType",
        ("ConsistentHash", "Type") => Namespace + "ConsistentHashType",
        ("RateLimitSpec", "Type") => Namespace + "RateLimitType",
        ("HeaderMatch", "Type") => Namespace + "HeaderMatchType",
        ("SourceMatch", "Type") => Namespace + "SourceMatchType",
        ("RateLimitValue", "Unit") => Namespace + "RateLimitUnit",
        _ => null,
    };
}
