using System.Runtime.CompilerServices;

namespace EnvoyGateway.Dsl.Gateway.V1Alpha1;

/// <summary>
/// RateLimitSelectCondition specifies the attributes within the traffic flow that can be used to select
/// a subset of clients to be ratelimited. All the individual conditions must hold True.
/// </summary>
public sealed class RateLimitSelectCondition : SourceTrackedObject
{
    /// <summary>Creates an empty RateLimitSelectCondition; optional parts stay null until set.</summary>
    /// <param name="callerFilePath">Filled by the compiler: the file that creates this object, for diagnostics.</param>
    /// <param name="callerLineNumber">Filled by the compiler: the line that creates this object, for diagnostics.</param>
    public RateLimitSelectCondition([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    private List<HeaderMatch> _headers = [];

    /// <summary>
    /// Headers is a list of request headers to match. Multiple header values are ANDed together. At most
    /// 16, names unique within the selector (rule EG1005).
    /// </summary>
    public List<HeaderMatch> Headers
    {
        get => _headers;
        set => _headers = value ?? [];
    }

    /// <summary>SourceCIDR is the client IP Address range to match on.</summary>
    public SourceMatch? SourceCIDR { get; set; }

    /// <inheritdoc />
    internal override SourceTrackedObject? Item(string list, int index)
        => list == "headers" && index >= 0 && index < Headers.Count ? Headers[index] : null;
}
