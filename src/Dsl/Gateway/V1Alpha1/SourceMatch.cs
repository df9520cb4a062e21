using System.Runtime.CompilerServices;

namespace EnvoyGateway.Dsl.Gateway.V1Alpha1;

/// <summary>
/// SourceCIDR is the client IP Address range to match on (<c>clientSelectors[].sourceCIDR</c>).
/// </summary>
public sealed class SourceMatch : SourceTrackedObject
{
    /// <summary>Creates an empty SourceMatch; optional parts stay null until set.</summary>
    /// <param name="callerFilePath">Filled by the compiler: the file that creates this object, for diagnostics.</param>
    /// <param name="callerLineNumber">Filled by the compiler: the line that creates this object, for diagnostics.</param>
    public SourceMatch([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary>
    /// How to match: <see cref="SourceMatchType.Exact"/> (the default when null) or
    /// <see cref="SourceMatchType.Distinct"/> (one limit per client address). Case-sensitive.
    /// </summary>
    public string? Type { get; set; }

    /// <summary>
    /// Value is the IP CIDR that represents the range of source IP addresses of the client, for example
    /// <c>192.168.0.1/32</c>, <c>192.168.0.0/24</c>, <c>2001:db8::/64</c>. Required; 1–256 characters.
    /// </summary>
    public string? Value { get; set; }
}
