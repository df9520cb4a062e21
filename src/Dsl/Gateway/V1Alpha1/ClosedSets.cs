namespace EnvoyGateway.Dsl.Gateway.V1Alpha1;

// The allowed values of the closed-set string fields, spelled exactly as in YAML. The rule catalog keeps
// the same lists (Rules/Catalog/AllowedValues.cs); a test asserts the two agree.

/// <summary>Values of <see cref="LoadBalancer.Type"/>.</summary>
public static class LoadBalancerType
{
    /// <summary>Hash-based: the same client goes to the same backend; needs <see cref="LoadBalancer.ConsistentHash"/>.</summary>
    public const string ConsistentHash = "ConsistentHash";

    /// <summary>Least outstanding requests.</summary>
    public const string LeastRequest = "LeastRequest";

    /// <summary>Random backend.</summary>
    public const string Random = "Random";

    /// <summary>Round robin (Envoy's default).</summary>
    public const string RoundRobin = "RoundRobin";
}

/// <summary>Values of <see cref="ConsistentHash.Type"/>.</summary>
public static class ConsistentHashType
{
    /// <summary>Hash on the client's source IP address.</summary>
    public const string SourceIP = "SourceIP";
}

/// <summary>Values of <see cref="RateLimitSpec.Type"/>.</summary>
public static class RateLimitType
{
    /// <summary>Limits shared by all Envoy replicas through the global rate-limit service.</summary>
    public const string Global = "Global";
}

/// <summary>Values of <see cref="HeaderMatch.Type"/>.</summary>
public static class HeaderMatchType
{
    /// <summary>The header equals <see cref="HeaderMatch.Value"/> (the default).</summary>
    public const string Exact = "Exact";

    /// <summary>The header matches the RE2 expression in <see cref="HeaderMatch.Value"/>.</summary>
    public const string RegularExpression = "RegularExpression";

    /// <summary>One limit per distinct header value; <see cref="HeaderMatch.Value"/> must not be set.</summary>
    public const string Distinct = "Distinct";
}

/// <summary>Values of <see cref="SourceMatch.Type"/>.</summary>
public static class SourceMatchType
{
    /// <summary>One shared limit for the whole CIDR range (the default).</summary>
    public const string Exact = "Exact";

    /// <summary>One limit per client address within the range.</summary>
    public const string Distinct = "Distinct";
}

/// <summary>Values of <see cref="RateLimitValue.Unit"/>.</summary>
public static class RateLimitUnit
{
    /// <summary>Per second.</summary>
    public const string Second = "Second";

    /// <summary>Per minute.</summary>
    public const string Minute = "Minute";

    /// <summary>Per hour.</summary>
    public const string Hour = "Hour";

    /// <summary>Per day.</summary>
    public const string Day = "Day";
}
