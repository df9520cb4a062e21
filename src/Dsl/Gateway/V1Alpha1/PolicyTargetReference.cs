using System.Runtime.CompilerServices;

namespace EnvoyGateway.Dsl.Gateway.V1Alpha1;

/// <summary>
/// The resource this policy attaches to (<c>spec.targetRef</c>). This policy and the target MUST be in
/// the same namespace for the policy to have effect. Required: <see cref="Group"/>, <see cref="Kind"/>, <see cref="Name"/>.
/// </summary>
public sealed class PolicyTargetReference : SourceTrackedObject
{
    /// <summary>Creates an empty PolicyTargetReference; optional parts stay null until set.</summary>
    /// <param name="callerFilePath">Filled by the compiler: the file that creates this object, for diagnostics.</param>
    /// <param name="callerLineNumber">Filled by the compiler: the line that creates this object, for diagnostics.</param>
    public PolicyTargetReference([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary>
    /// Group is the group of the target resource. Must be <c>gateway.networking.k8s.io</c> (CEL, rule EG2002);
    /// at most 253 characters, a DNS subdomain. Required.
    /// </summary>
    public string? Group { get; set; }

    /// <summary>
    /// Kind is kind of the target resource: Gateway, HTTPRoute, GRPCRoute, UDPRoute, TCPRoute or TLSRoute
    /// (CEL, rule EG2003); 1–63 characters. Required.
    /// </summary>
    public string? Kind { get; set; }

    /// <summary>Name is the name of the target resource; 1–253 characters. Required.</summary>
    public string? Name { get; set; }

    /// <summary>
    /// Namespace is the namespace of the referent. When unspecified, the local namespace is inferred.
    /// Envoy Gateway v0.6.0 ignores the policy unless it equals the policy's own namespace (rule EG3005).
    /// A DNS label of 1–63 characters.
    /// </summary>
    public string? Namespace { get; set; }

    /// <summary>
    /// SectionName is the name of a section within the target resource (Gateway: listener name).
    /// Not supported by BackendTrafficPolicy in v0.6.0 (CEL, rule EG2004): leave it null.
    /// </summary>
    public string? SectionName { get; set; }
}
