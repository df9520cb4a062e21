namespace EnvoyGateway.Dsl;

/// <summary>How serious a <see cref="ValidationDiagnostic"/> is. Any <see cref="Error"/> fails the build.</summary>
public enum ValidationSeverity
{
    /// <summary>A hint; never fails anything.</summary>
    Info = 0,

    /// <summary>Accepted by Kubernetes and Envoy Gateway, but very likely not what was meant.</summary>
    Warning = 1,

    /// <summary>Rejected by the API server, a CEL rule, or the Envoy Gateway controller.</summary>
    Error = 2,
}
