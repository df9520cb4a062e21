using System.Runtime.CompilerServices;

namespace EnvoyGateway.Dsl.Gateway.V1Alpha1;

/// <summary>
/// RateLimit allows the user to limit the number of incoming requests to a predefined value based on
/// attributes within the traffic flow (<c>spec.rateLimit</c>).
/// </summary>
public sealed class RateLimitSpec : SourceTrackedObject
{
    /// <summary>Creates an empty RateLimitSpec; optional parts stay null until set.</summary>
    /// <param name="callerFilePath">Filled by the compiler: the file that creates this object, for diagnostics.</param>
    /// <param name="callerLineNumber">Filled by the compiler: the line that creates this object, for diagnostics.</param>
    public RateLimitSpec([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary>Type decides the scope for the RateLimits: <see cref="RateLimitType.Global"/>. Required.</summary>
    public string? Type { get; set; }

    /// <summary>Global defines global rate limit configuration. Envoy Gateway v0.6.0 needs it (rule EG3006).</summary>
    public GlobalRateLimit? Global { get; set; }
}
