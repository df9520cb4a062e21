using System.Runtime.CompilerServices;

namespace EnvoyGateway.Dsl.Gateway.V1Alpha1;

/// <summary>
/// HeaderMatch defines the match attributes within the HTTP Headers of the request.
/// </summary>
public sealed class HeaderMatch : SourceTrackedObject
{
    /// <summary>Creates an empty HeaderMatch; optional parts stay null until set.</summary>
    /// <param name="callerFilePath">Filled by the compiler: the file that creates this object, for diagnostics.</param>
    /// <param name="callerLineNumber">Filled by the compiler: the line that creates this object, for diagnostics.</param>
    public HeaderMatch([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary>Name of the HTTP header; 1–256 characters. Required.</summary>
    public string? Name { get; set; }

    /// <summary>
    /// Type specifies how to match against the value of the header: one of <see cref="HeaderMatchType"/>
    /// (Exact, RegularExpression, Distinct). Defaults to Exact when null.
    /// </summary>
    public string? Type { get; set; }

    /// <summary>
    /// Value within the HTTP header; at most 1024 characters. Required for Exact and RegularExpression
    /// (rule EG3002, an RE2 expression for the latter: EG3003); must not be set when Type is Distinct
    /// (rule EG3001).
    /// </summary>
    public string? Value { get; set; }
}
