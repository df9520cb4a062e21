using System.Runtime.CompilerServices;

namespace EnvoyGateway.Dsl.Gateway.V1Alpha1;

/// <summary>
/// RateLimitRule defines the semantics for matching attributes from the incoming requests, and setting
/// limits for them.
/// </summary>
public sealed class RateLimitRule : SourceTrackedObject
{
    /// <summary>Creates an empty RateLimitRule; optional parts stay null until set.</summary>
    /// <param name="callerFilePath">Filled by the compiler: the file that creates this object, for diagnostics.</param>
    /// <param name="callerLineNumber">Filled by the compiler: the line that creates this object, for diagnostics.</param>
    public RateLimitRule([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    private List<RateLimitSelectCondition> _clientSelectors = [];

    /// <summary>
    /// ClientSelectors holds the list of select conditions to select specific clients using attributes
    /// from the traffic flow. All conditions must hold for the limit to apply; if empty, the limit applies
    /// to all traffic. At most 8.
    /// </summary>
    public List<RateLimitSelectCondition> ClientSelectors
    {
        get => _clientSelectors;
        set => _clientSelectors = value ?? [];
    }

    /// <summary>
    /// Limit holds the rate limit values. Selected requests beyond the limit get HTTP 429. Required.
    /// </summary>
    public RateLimitValue? Limit { get; set; }
}
