namespace EnvoyGateway.Dsl.Analyzers.Tests.CodeFixes;

/// <summary>Wraps a policy expression in a compilable file; the returned policy is complete for the analyzer.</summary>
internal static class PolicySource
{
    public const string ValidTarget = """TargetRef = new() { Group = "gateway.networking.k8s.io", Kind = "HTTPRoute", Name = "api" },""";

    public static string Returning(string policy, string className = "Policies") => $$"""
        using EnvoyGateway.Dsl;
        using EnvoyGateway.Dsl.Gateway.V1Alpha1;

        static class {{className}}
        {
            static BackendTrafficPolicy Create() => {{policy.Replace("\n", "\n    ", StringComparison.Ordinal)}};
        }
        """;

    /// <summary>A policy in namespace "shop" whose spec holds a valid target and <paramref name="members"/> (one line each).</summary>
    public static string WithSpec(string members, string className = "Policies") => Returning($$"""
        new BackendTrafficPolicy("api")
        {
            Metadata = { Namespace = "shop" },
            Spec =
            {
                {{ValidTarget}}
                {{members.Replace("\n", "\n        ", StringComparison.Ordinal)}}
            },
        }
        """, className);

    /// <summary>A spec member: a rate limit whose one rule has one client selector holding <paramref name="selector"/>.</summary>
    public static string Selector(string selector) => $$"""
        RateLimit = new()
        {
            Type = "Global",
            Global = new() { Rules = { new() { ClientSelectors = { new() { {{selector}} } }, Limit = new() { Requests = 10, Unit = "Minute" } } } },
        },
        """;
}
