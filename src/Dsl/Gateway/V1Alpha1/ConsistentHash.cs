using System.Runtime.CompilerServices;

namespace EnvoyGateway.Dsl.Gateway.V1Alpha1;

/// <summary>
/// ConsistentHash defines the configuration when the load balancer type is set to ConsistentHash.
/// </summary>
public sealed class ConsistentHash : SourceTrackedObject
{
    /// <summary>Creates an empty ConsistentHash; optional parts stay null until set.</summary>
    /// <param name="callerFilePath">Filled by the compiler: the file that creates this object, for diagnostics.</param>
    /// <param name="callerLineNumber">Filled by the compiler: the line that creates this object, for diagnostics.</param>
    public ConsistentHash([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary>ConsistentHashType defines the type of input to hash on: <see cref="ConsistentHashType.SourceIP"/>. Required.</summary>
    public string? Type { get; set; }
}
