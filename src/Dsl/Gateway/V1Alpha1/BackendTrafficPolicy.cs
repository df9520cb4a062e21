using System.Runtime.CompilerServices;

namespace EnvoyGateway.Dsl.Gateway.V1Alpha1;

/// <summary>
/// BackendTrafficPolicy (gateway.envoyproxy.io/v1alpha1, Envoy Gateway v0.6.0) configures the behavior of
/// the connection between the Envoy proxy and the backends of a Gateway or route: load balancing and
/// rate limits.
/// </summary>
/// <example>
/// <code>
/// new BackendTrafficPolicy("api")
/// {
///     Metadata = { Namespace = "shop" },
///     Spec = { TargetRef = new() { Group = "gateway.networking.k8s.io", Kind = "HTTPRoute", Name = "api" } },
/// }
/// </code>
/// </example>
public sealed class BackendTrafficPolicy : KubernetesObject
{
    /// <summary>The apiVersion of this kind.</summary>
    public const string ApiVersionValue = "gateway.envoyproxy.io/v1alpha1";

    /// <summary>The kind name.</summary>
    public const string KindValue = "BackendTrafficPolicy";

    private BackendTrafficPolicySpec _spec;

    /// <summary>Creates a policy named <paramref name="name"/>; <see cref="KubernetesObject.Metadata"/> and <see cref="Spec"/> exist from construction.</summary>
    /// <param name="name">metadata.name: a DNS-1123 subdomain (rule EG5001).</param>
    /// <param name="callerFilePath">Filled by the compiler: the file that creates this object, for diagnostics.</param>
    /// <param name="callerLineNumber">Filled by the compiler: the line that creates this object, for diagnostics.</param>
    public BackendTrafficPolicy(string name, [CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(ApiVersionValue, KindValue, name, callerFilePath, callerLineNumber)
    {
        _spec = new BackendTrafficPolicySpec(callerFilePath, callerLineNumber);
    }

    /// <summary>Spec defines the desired state of BackendTrafficPolicy. Exists from construction, so <c>Spec = { … }</c> fills it.</summary>
    public BackendTrafficPolicySpec Spec
    {
        get => _spec;
        set => _spec = value ?? throw new ArgumentNullException(nameof(value));
    }
}
