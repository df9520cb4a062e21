namespace EnvoyGateway.Dsl.Rules;

/// <summary>
/// The kinds the set rules read, by the part they play: policies refer with targetRefs and targetSelectors,
/// routes with parentRefs and backendRefs, and the referable kinds are what those point at. The analyzer
/// indexes the referable kinds of a compilation by these names; the build reads the model by type.
/// </summary>
internal static class SetKinds
{
    /// <summary>Kinds with <c>spec.targetRef</c>, <c>spec.targetRefs</c> or <c>spec.targetSelectors</c>.</summary>
    public static readonly HashSet<string> Policies = new(StringComparer.Ordinal)
    {
        "BackendTrafficPolicy", "ClientTrafficPolicy", "SecurityPolicy", "EnvoyExtensionPolicy", "EnvoyPatchPolicy",
        "XBackendTrafficPolicy", "BackendTLSPolicy", "BackendLBPolicy",
    };

    /// <summary>Kinds whose <c>spec.listeners</c> a parentRef or a policy's sectionName selects.</summary>
    public static readonly HashSet<string> ListenerHolders = new(StringComparer.Ordinal) { "Gateway", "ListenerSet" };

    /// <summary>Kinds with <c>spec.parentRefs</c> and <c>spec.rules[*].backendRefs</c>.</summary>
    public static readonly HashSet<string> Routes = new(StringComparer.Ordinal) { "HTTPRoute", "GRPCRoute", "TCPRoute", "TLSRoute", "UDPRoute" };

    public const string ReferenceGrant = "ReferenceGrant";

    /// <summary>What policies, routes and grants can point at: a reference to another kind is never "not found".</summary>
    public static readonly HashSet<string> Referable = new(StringComparer.Ordinal)
    {
        "GatewayClass", "Gateway", "ListenerSet", "XListenerSet", "HTTPRoute", "GRPCRoute", "TCPRoute", "TLSRoute", "UDPRoute",
        "Backend", "XBackend", ReferenceGrant,
    };
}
