using EnvoyGateway.Dsl.Rules.Syntax;

namespace EnvoyGateway.Dsl.Rules.Schema;

/// <summary>
/// How schema findings read where a generic sentence would say less than the catalog always said: the noun of
/// a closed-set field, the fix of a missing field, the hint of a full list, what a pattern means, a field's
/// successor. Keyed by "Type.jsonName" (the simple C# type name). Everything else gets generic words from the
/// schema itself, so a new kind needs no entry here.
/// </summary>
internal static class SchemaWording
{
    private static readonly Dictionary<string, string> Nouns = new(StringComparer.Ordinal)
    {
        ["RateLimitSpec.type"] = "rate limit type",
        ["SourceMatch.type"] = "sourceCIDR type (case-sensitive: anything but 'Distinct' silently acts as Exact)",
    };

    private static readonly Dictionary<string, Phrase> RequiredFixes = new(StringComparer.Ordinal)
    {
        ["BackendTrafficPolicySpec.targetRef"] = Fixes.SetTargetRef,
        ["PolicyTargetReference.group"] = Fixes.SetTargetGroup,
        ["PolicyTargetReference.kind"] = Fixes.SetTargetKind,
        ["PolicyTargetReference.name"] = Fixes.SetTargetName,
        ["GlobalRateLimit.rules"] = Fixes.AddRule,
        ["RateLimitRule.limit"] = Fixes.SetLimit,
        ["RateLimitValue.requests"] = Fixes.SetRequests,
        ["HeaderMatch.name"] = Fixes.SetHeaderName,
        ["SourceMatch.value"] = Fixes.SetSourceCidrValue,
    };

    private static readonly Dictionary<string, string> RequiredFixData = new(StringComparer.Ordinal)
    {
        ["BackendTrafficPolicySpec.targetRef"] = AllowedValues.GatewayApiGroup,
        ["PolicyTargetReference.group"] = AllowedValues.GatewayApiGroup,
    };

    private static readonly Dictionary<string, string> TooManyHints = new(StringComparer.Ordinal)
    {
        ["GlobalRateLimit.rules"] = "split the rules across several policies targeting different routes",
        ["RateLimitRule.clientSelectors"] = "split them into several rules",
        ["RateLimitSelectCondition.headers"] = "split them across several selectors or rules",
    };

    private static readonly Dictionary<string, (string Item, string Rule)> Duplicates = new(StringComparer.Ordinal)
    {
        ["RateLimitSelectCondition.headers"] = ("Header", "header names must be unique within one client selector"),
    };

    /// <summary>Closed sets the controller knows where some releases' CRDs have no enum (v0.6 sourceCIDR.type).</summary>
    private static readonly Dictionary<string, string[]> ControllerClosedSets = new(StringComparer.Ordinal)
    {
        ["SourceMatch.type"] = AllowedValues.SourceMatchTypes,
    };

    /// <summary>The CRDs' common patterns in words; others are quoted.</summary>
    private static readonly Dictionary<string, string> Patterns = new(StringComparer.Ordinal)
    {
        [@"^$|^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"] = "must be a DNS subdomain (lower-case alphanumerics, '-' and '.')",
        [@"^[a-zA-Z]([-a-zA-Z0-9]*[a-zA-Z0-9])?$"] = "must start with a letter and hold only letters, digits and '-'",
        [@"^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"] = "must be a DNS-1123 label (lower-case alphanumerics and '-', starting and ending alphanumeric)",
        [@"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"] = "must be a DNS-1123 subdomain",
    };

    /// <summary>Fields whose successor a deprecation points to, where the name alone does not tell.</summary>
    private static readonly Dictionary<string, string> Successors = new(StringComparer.Ordinal)
    {
        ["BackendTrafficPolicySpec.compression"] = "compressor",
    };

    /// <summary>"unit", "load balancer type": the JSON name, or for a "type" its owner's words before it.</summary>
    public static string Noun(string key, SchemaType owner, SchemaProperty property)
        => Nouns.TryGetValue(key, out var noun) ? noun
            : property.JsonName == "type" ? Words(owner.Name) + " type"
            : property.JsonName;

    public static Phrase RequiredFix(string key, SchemaProperty property, string[]? allowed)
    {
        if (RequiredFixes.TryGetValue(key, out var fix))
        {
            return fix;
        }

        return allowed is { Length: 1 } ? new Phrase("set [" + property.JsonName + "=" + allowed[0] + "]")
            : allowed is { Length: > 1 } ? new Phrase("set [" + property.JsonName + "] to one of " + Suggestions.JoinAllowed(allowed))
            : new Phrase("set [" + property.JsonName + "]");
    }

    public static string? RequiredData(string key, string[]? allowed)
        => RequiredFixData.TryGetValue(key, out var data) ? data : allowed is { Length: 1 } ? allowed[0] : null;

    public static string TooManyHint(string key) => TooManyHints.TryGetValue(key, out var hint) ? hint : "remove some of them";

    /// <summary>How a duplicate reads: ("Header", "header names must be unique …"), or generic words from the list keys.</summary>
    public static (string Item, string Rule) Duplicate(string key, string[]? listMapKeys)
        => Duplicates.TryGetValue(key, out var words) ? words
            : listMapKeys is null ? ("Item", "the items of this list must be unique")
            : ("Key", "each item needs its own " + string.Join(" and ", listMapKeys));

    public static string[]? ControllerClosedSet(string key) => ControllerClosedSets.TryGetValue(key, out var allowed) ? allowed : null;

    public static string PatternProblem(string pattern)
        => Patterns.TryGetValue(pattern, out var words) ? words : "must match the pattern '" + MessageText.Value(pattern) + "'";

    public static string? Successor(string key) => Successors.TryGetValue(key, out var successor) ? successor : null;

    /// <summary>"LoadBalancer" → "load balancer"; runs of capitals stay a word ("HTTPRoute" → "HTTP route").</summary>
    public static string Words(string name)
    {
        var builder = new System.Text.StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            var startsWord = i > 0 && char.IsUpper(c) && (char.IsLower(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1])));
            if (startsWord)
            {
                builder.Append(' ');
            }

            var inAcronym = char.IsUpper(c) && ((i + 1 < name.Length && char.IsUpper(name[i + 1])) || (i > 0 && char.IsUpper(name[i - 1]) && (i + 1 == name.Length || !char.IsLower(name[i + 1]))));
            builder.Append(inAcronym ? c : char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }
}
