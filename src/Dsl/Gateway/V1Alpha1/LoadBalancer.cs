using System.Runtime.CompilerServices;

namespace EnvoyGateway.Dsl.Gateway.V1Alpha1;

/// <summary>
/// LoadBalancer policy to apply when routing traffic from the gateway to the backend endpoints
/// (<c>spec.loadBalancer</c>).
/// </summary>
public sealed class LoadBalancer : SourceTrackedObject
{
    /// <summary>Creates an empty LoadBalancer; optional parts stay null until set.</summary>
    /// <param name="callerFilePath">Filled by the compiler: the file that creates this object, for diagnostics.</param>
    /// <param name="callerLineNumber">Filled by the compiler: the line that creates this object, for diagnostics.</param>
    public LoadBalancer([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary>
    /// Type decides the type of Load Balancer policy: one of <see cref="LoadBalancerType"/> (ConsistentHash,
    /// LeastRequest, Random, RoundRobin). Required. <see cref="ConsistentHash"/> must be set exactly when
    /// the type is ConsistentHash (CEL, rule EG2001).
    /// </summary>
    public string? Type { get; set; }

    /// <summary>ConsistentHash defines the configuration when the load balancer type is set to ConsistentHash.</summary>
    public ConsistentHash? ConsistentHash { get; set; }
}
