namespace EnvoyGateway.Dsl.Analyzers.Tests.Infrastructure;

/// <summary>Builds test sources: a class of policies with the DSL's usings, and common fragments.</summary>
internal static class Policy
{
    /// <summary>A valid targetRef, as the body of <c>new() { … }</c>.</summary>
    public const string Target = """Group = "gateway.networking.k8s.io", Kind = "HTTPRoute", Name = "api" """;

    /// <summary>Members of a policy initializer with a namespace and a valid target, to which a test adds its spec parts.</summary>
    public static string Valid(string specParts = "") => $$"""
        Metadata = { Namespace = "shop" },
                Spec =
                {
                    TargetRef = new() { {{Target}} },
                    {{specParts}}
                },
        """;

    /// <summary>A compilation unit with the DSL's usings and <paramref name="members"/> in a static class.</summary>
    public static string InClass(string members) => $$"""
        using System.Collections.Generic;
        using EnvoyGateway.Dsl;
        using EnvoyGateway.Dsl.Gateway.V1Alpha1;

        public static class Policies
        {
            {{members}}
        }
        """;

    /// <summary>A policy returned by an expression-bodied property (a complete object), with <paramref name="initializer"/>.</summary>
    public static string Returned(string initializer, string name = "\"api\"") => InClass($$"""
        public static BackendTrafficPolicy Api => new BackendTrafficPolicy({{name}})
            {
                {{initializer}}
            };
        """);

    /// <summary>A rate limit with one rule holding <paramref name="rule"/>, as spec parts.</summary>
    public static string RateLimitRule(string rule) => $$"""
        RateLimit = new()
                    {
                        Type = "Global",
                        Global = new() { Rules = { new() { {{rule}} } } },
                    },
        """;
}
