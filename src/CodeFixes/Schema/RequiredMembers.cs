using EnvoyGateway.Dsl.CodeFixes.Editing;
using EnvoyGateway.Dsl.Rules;

namespace EnvoyGateway.Dsl.CodeFixes.Schema;

/// <summary>One way to add a missing member: its source text, and the value that names the alternative.</summary>
internal sealed class MemberChoice(string text, string value)
{
    /// <summary>The member as written into the initializer: <c>Unit = "Minute"</c>.</summary>
    public string Text { get; } = text;

    /// <summary>The value chosen, for the equivalence key of an alternative.</summary>
    public string Value { get; } = value;
}

/// <summary>
/// What EG1002's fix adds for each required member. One sensible value: pre-filled (Group, Type = "Global",
/// Type = "SourceIP"). A closed set: one choice per value that leaves no follow-up error, the most common
/// first. An open value, and any required string of the kinds without a table entry here: an empty placeholder
/// that EG1003 keeps flagging until the user fills it in (a guessed name would be silently wrong). A rule or limit: the catalog's example, 100 requests per minute.
/// </summary>
internal static class RequiredMembers
{
    public const string DefaultLimit = "Limit = new() { Requests = 100, Unit = \"Minute\" }";
    public const string DefaultRule = "new() { " + DefaultLimit + " }";

    private const string Placeholder = "\"\"";

    /// <summary>The type that declares <paramref name="property"/>, from the diagnostic's object.</summary>
    public static string? OwnerOf(string? objectType, string? property)
        => property == "TargetRef" ? "BackendTrafficPolicySpec" : objectType;

    /// <summary>The choices, preferred first; empty when the member has no sensible value to add.</summary>
    public static IReadOnlyList<MemberChoice> For(string owner, string property, InitializerTarget target, IReadOnlyList<string> fixValues)
    {
        switch (owner, property)
        {
            case (_, "TargetRef"):
                return [new("TargetRef = new() { Group = \"" + AllowedValues.GatewayApiGroup + "\", Kind = \"HTTPRoute\", Name = " + Placeholder + " }", "HTTPRoute")];
            case ("PolicyTargetReference", "Kind"):
                // The kinds on which this policy has an effect (TCP/UDP/TLS routes ignore it: EG3007).
                return Strings(property, "HTTPRoute", "Gateway", "GRPCRoute");
            case ("LoadBalancer", "Type"):
                return target.FindAssignment("ConsistentHash") is null
                    ? Strings(property, "RoundRobin", "LeastRequest", "Random")
                    : Strings(property, "ConsistentHash");
            case ("RateLimitValue", "Unit"):
                return Strings(property, "Minute", "Second", "Hour", "Day");
            case ("RateLimitValue", "Requests"):
                return [new("Requests = 100", "100")];
            case ("RateLimitRule", "Limit"):
                return [new(DefaultLimit, "100/Minute")];
            case ("GlobalRateLimit", "Rules"):
                return [new("Rules = { " + DefaultRule + " }", "100/Minute")];
            case ("PolicyTargetReference", "Name"):
            case ("HeaderMatch", "Name"):
            case ("SourceMatch", "Value"):
                return [new(property + " = " + Placeholder, "")];
        }

        // Group = "gateway.networking.k8s.io", Type = "Global", Type = "SourceIP": the check's only value.
        if (fixValues.Count == 1)
        {
            return Strings(property, fixValues[0]);
        }

        // Any other required string, of any kind (GatewayClassName, a listener's Name …): the empty placeholder.
        return target.IsStringProperty(property) ? [new(property + " = " + Placeholder, "")] : [];
    }

    private static MemberChoice[] Strings(string property, params string[] values)
    {
        var choices = new MemberChoice[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            choices[i] = new MemberChoice(property + " = \"" + values[i] + "\"", values[i]);
        }

        return choices;
    }
}
