using System.Runtime.CompilerServices;

namespace EnvoyGateway.Dsl.Gateway.V1Alpha1;

/// <summary>Spec defines the desired state of BackendTrafficPolicy. <see cref="TargetRef"/> is required.</summary>
public sealed class BackendTrafficPolicySpec : SourceTrackedObject
{
    /// <summary>Creates an empty spec; every part stays null until set.</summary>
    /// <param name="callerFilePath">Filled by the compiler: the file that creates this object, for diagnostics.</param>
    /// <param name="callerLineNumber">Filled by the compiler: the line that creates this object, for diagnostics.</param>
    public BackendTrafficPolicySpec([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary>
    /// TargetRef is the name of the resource this policy is being attached to: a Gateway or a route of
    /// group gateway.networking.k8s.io in the policy's namespace. Required.
    /// </summary>
    public PolicyTargetReference? TargetRef { get; set; }

    /// <summary>LoadBalancer policy to apply when routing traffic from the gateway to the backend endpoints.</summary>
    public LoadBalancer? LoadBalancer { get; set; }

    /// <summary>
    /// RateLimit allows the user to limit the number of incoming requests to a predefined value based on
    /// attributes within the traffic flow.
    /// </summary>
    public RateLimitSpec? RateLimit { get; set; }
}
