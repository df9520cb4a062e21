using System.Reflection;
using EnvoyGateway.Dsl.Gateway.V1Alpha1;

namespace EnvoyGateway.Dsl.Tool.Import;

/// <summary>
/// Writes a closed-set value as the library's named constant (<c>RateLimitUnit.Minute</c>) when it is one
/// of the set, spelled exactly; anything else stays a string literal, so that an invalid value remains
/// visible in the code and the analyzer flags it. Read from the constant holders themselves, so a value
/// added to the library is picked up here.
/// </summary>
internal sealed class ClosedSetConstants
{
    public static ClosedSetConstants LoadBalancerTypes { get; } = new(typeof(LoadBalancerType));

    public static ClosedSetConstants ConsistentHashTypes { get; } = new(typeof(ConsistentHashType));

    public static ClosedSetConstants RateLimitTypes { get; } = new(typeof(RateLimitType));

    public static ClosedSetConstants HeaderMatchTypes { get; } = new(typeof(HeaderMatchType));

    public static ClosedSetConstants SourceMatchTypes { get; } = new(typeof(SourceMatchType));

    public static ClosedSetConstants RateLimitUnits { get; } = new(typeof(RateLimitUnit));

    private readonly Dictionary<string, string> _expressions = new(StringComparer.Ordinal);

    private ClosedSetConstants(Type holder)
    {
        foreach (var field in holder.GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            if (field is { IsLiteral: true } && field.GetRawConstantValue() is string value)
            {
                _expressions[value] = holder.Name + "." + field.Name;
            }
        }
    }

    public string? Expression(string? value)
        => value is null ? null : _expressions.TryGetValue(value, out var constant) ? constant : CSharpLiteral.String(value);
}
