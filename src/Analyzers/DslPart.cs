namespace EnvoyGateway.Dsl.Analyzers;

/// <summary>The model types the rules look at; names equal the DSL's type names (the "Object" diagnostic property).</summary>
internal enum DslPart
{
    BackendTrafficPolicy,
    ObjectMeta,
    BackendTrafficPolicySpec,
    PolicyTargetReference,
    LoadBalancer,
    ConsistentHash,
    RateLimitSpec,
    GlobalRateLimit,
    RateLimitRule,
    RateLimitValue,
    RateLimitSelectCondition,
    HeaderMatch,
    SourceMatch,
}

internal static class DslPartExtensions
{
    public static readonly DslPart[] All = (DslPart[])Enum.GetValues(typeof(DslPart));

    /// <summary>
    /// Where a part always sits in a policy, as a field path ("[*]" for an index not known): the path of a
    /// part analysed on its own, e.g. one returned by a helper method.
    /// </summary>
    public static string CanonicalPath(this DslPart part) => part switch
    {
        DslPart.BackendTrafficPolicy => "",
        DslPart.ObjectMeta => "metadata",
        DslPart.BackendTrafficPolicySpec => "spec",
        DslPart.PolicyTargetReference => "spec.targetRef",
        DslPart.LoadBalancer => "spec.loadBalancer",
        DslPart.ConsistentHash => "spec.loadBalancer.consistentHash",
        DslPart.RateLimitSpec => "spec.rateLimit",
        DslPart.GlobalRateLimit => "spec.rateLimit.global",
        DslPart.RateLimitRule => "spec.rateLimit.global.rules[*]",
        DslPart.RateLimitValue => "spec.rateLimit.global.rules[*].limit",
        DslPart.RateLimitSelectCondition => "spec.rateLimit.global.rules[*].clientSelectors[*]",
        DslPart.HeaderMatch => "spec.rateLimit.global.rules[*].clientSelectors[*].headers[*]",
        DslPart.SourceMatch => "spec.rateLimit.global.rules[*].clientSelectors[*].sourceCIDR",
        _ => "",
    };
}
