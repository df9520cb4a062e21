namespace EnvoyGateway.Dsl.Analyzers.Tests.CodeFixes;

/// <summary>Wraps a policy expression in a compilable file; the returned policy is complete for the analyzer.</summary>
internal static class PolicySource
{
    public static string Returning(string policy, string className = "Policies") => $$"""
        using EnvoyGateway.Dsl;
        using EnvoyGateway.Dsl.Gateway.V1Alpha1;

        static class {{className}}
        {
            static BackendTrafficPolicy Create() => {{policy.Replace("\n", "\n    ", StringComparison.Ordinal)}};
        }
        """;
}
