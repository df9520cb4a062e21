namespace EnvoyGateway.Dsl;

/// <summary>
/// A Kubernetes resource: <c>apiVersion</c>, <c>kind</c> and <c>metadata</c>. Concrete kinds such as
/// <see cref="Gateway.V1Alpha1.BackendTrafficPolicy"/> add their <c>spec</c>.
/// </summary>
public abstract class KubernetesObject : SourceTrackedObject
{
    private ObjectMeta _metadata;

    // The group comes from the generated type as a literal: cutting it from apiVersion allocated a string per resource.
    private protected KubernetesObject(string apiVersion, string group, string kind, string name, string callerFilePath, int callerLineNumber)
        : base(callerFilePath, callerLineNumber)
    {
        ApiVersion = apiVersion;
        Kind = kind;
        Group = group;
        _metadata = new ObjectMeta(callerFilePath, callerLineNumber) { Name = name };
    }

    /// <summary>
    /// APIVersion defines the versioned schema of this representation of an object, e.g.
    /// <c>gateway.envoyproxy.io/v1alpha1</c>. Fixed by the type.
    /// </summary>
    public string ApiVersion { get; }

    /// <summary>Kind is the REST resource this object represents, in CamelCase. Fixed by the type.</summary>
    public string Kind { get; }

    /// <summary>
    /// Standard object metadata: name, namespace, labels, annotations. Exists from construction, so
    /// <c>Metadata = { Namespace = "shop" }</c> sets fields without replacing it.
    /// </summary>
    public ObjectMeta Metadata
    {
        get => _metadata;
        set => _metadata = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <summary>The API group of <see cref="ApiVersion"/> (empty for the core group).</summary>
    public string Group { get; }

    /// <summary>This resource as one Kubernetes-conventional YAML document (see <see cref="ManifestSet.ToYaml"/>).</summary>
    public string ToYaml() => Serialization.YamlWriter.Write(this);

    /// <summary>Checks this resource against every single-resource rule of the catalog (docs/rules) for the newest supported Envoy Gateway release.</summary>
    public IReadOnlyList<ValidationDiagnostic> Validate() => Validate(EnvoyGatewayVersion.Default);

    /// <summary>Checks this resource against every single-resource rule of the catalog (docs/rules) for <paramref name="release"/>'s CRDs.</summary>
    public IReadOnlyList<ValidationDiagnostic> Validate(EnvoyGatewayVersion release) => Validation.Validator.Validate(this, release);

    /// <summary><c>Kind/namespace/name</c>, for messages.</summary>
    public override string ToString()
        => string.IsNullOrEmpty(Metadata.Namespace) ? $"{Kind}/{Metadata.Name}" : $"{Kind}/{Metadata.Namespace}/{Metadata.Name}";

}
