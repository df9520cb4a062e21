using System.Runtime.CompilerServices;

namespace EnvoyGateway.Dsl.Gateway.V1Alpha1;

/// <summary>
/// Limit holds the rate limit values: selected requests beyond <see cref="Requests"/> per
/// <see cref="Unit"/> get HTTP 429.
/// </summary>
public sealed class RateLimitValue : SourceTrackedObject
{
    /// <summary>Creates an empty RateLimitValue; optional parts stay null until set.</summary>
    /// <param name="callerFilePath">Filled by the compiler: the file that creates this object, for diagnostics.</param>
    /// <param name="callerLineNumber">Filled by the compiler: the line that creates this object, for diagnostics.</param>
    public RateLimitValue([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary>Number of requests allowed per <see cref="Unit"/>. Required. 0 rejects every matching request (rule EG3009).</summary>
    public uint? Requests { get; set; }

    /// <summary>
    /// RateLimitUnit specifies the intervals for setting rate limits: one of <see cref="RateLimitUnit"/>
    /// (Second, Minute, Hour, Day). Required.
    /// </summary>
    public string? Unit { get; set; }
}
