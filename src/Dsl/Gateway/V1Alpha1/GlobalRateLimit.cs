using System.Runtime.CompilerServices;

namespace EnvoyGateway.Dsl.Gateway.V1Alpha1;

/// <summary>
/// Global defines global rate limit configuration (<c>spec.rateLimit.global</c>).
/// </summary>
public sealed class GlobalRateLimit : SourceTrackedObject
{
    /// <summary>Creates an empty GlobalRateLimit; optional parts stay null until set.</summary>
    /// <param name="callerFilePath">Filled by the compiler: the file that creates this object, for diagnostics.</param>
    /// <param name="callerLineNumber">Filled by the compiler: the line that creates this object, for diagnostics.</param>
    public GlobalRateLimit([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    private List<RateLimitRule> _rules = [];

    /// <summary>
    /// Rules are a list of RateLimit selectors and limits. Each rule and its associated limit is applied
    /// in a mutually exclusive way: if multiple rules get selected, each of their limits gets applied.
    /// Required: at least 1, at most 16 rules.
    /// </summary>
    public List<RateLimitRule> Rules
    {
        get => _rules;
        set => _rules = value ?? [];
    }
}
