namespace EnvoyGateway.Dsl;

/// <summary>Limits for reading untrusted YAML (<see cref="ManifestSet.Parse(string, string?, ParseOptions?)"/>).</summary>
public sealed class ParseOptions
{
    /// <summary>The defaults: 64 MiB of text, 4,000,000 nodes after alias expansion.</summary>
    public static ParseOptions Default { get; } = new();

    /// <summary>Longest input accepted, in characters. Default 64 MiB.</summary>
    public int MaxInputLength { get; init; } = 64 * 1024 * 1024;

    /// <summary>
    /// Most YAML nodes read across the whole stream, counting each alias expansion again; bounds
    /// "billion laughs" documents. Default 4,000,000: 10,000 BackendTrafficPolicies need about 300,000 nodes in
    /// v0.6's shape and 1,100,000 in the v1.9 bench shape (timeouts, retries, circuit breakers, health checks).
    /// </summary>
    public int MaxNodes { get; init; } = 4_000_000;

    /// <summary>
    /// The Envoy Gateway release the documents are read for. Default: the newest. A document whose
    /// apiVersion the release does not serve for its kind is refused; a field that some supported release
    /// knows binds (the validator reports it when the selected release lacks it), a field no release knows
    /// is refused.
    /// </summary>
    public EnvoyGatewayVersion Release { get; init; } = EnvoyGatewayVersion.Newest;
}
