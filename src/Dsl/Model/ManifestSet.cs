using System.Collections.ObjectModel;

namespace EnvoyGateway.Dsl;

/// <summary>
/// A set of Kubernetes resources that is validated and written together: one output folder with a
/// kustomization.yaml. Fill it with a collection initializer or a collection expression; it keeps
/// insertion order.
/// </summary>
public sealed class ManifestSet : Collection<KubernetesObject>
{
    /// <summary>Creates an empty set.</summary>
    public ManifestSet()
    {
    }

    /// <summary>Creates a set holding <paramref name="resources"/>, in order.</summary>
    public ManifestSet(IEnumerable<KubernetesObject> resources)
    {
        ArgumentNullException.ThrowIfNull(resources);
        AddRange(resources);
    }

    /// <summary>Appends every resource of <paramref name="resources"/>, in order.</summary>
    public void AddRange(IEnumerable<KubernetesObject> resources)
    {
        ArgumentNullException.ThrowIfNull(resources);
        foreach (var resource in resources)
        {
            Add(resource);
        }
    }

    /// <summary>
    /// The whole set as one YAML stream: documents in insertion order separated by <c>---</c>, fields in
    /// the CRD's order, unset fields omitted, LF line ends. Deterministic byte for byte.
    /// </summary>
    public string ToYaml() => Serialization.YamlWriter.Write(this);

    /// <summary>
    /// Reads a YAML stream (one or more documents, or a <c>kind: List</c>) into typed resources.
    /// </summary>
    /// <exception cref="ManifestParseException">
    /// The input is malformed, or holds an unknown field, a wrong type, an unknown kind, a duplicate key,
    /// a custom tag, or exceeds the size limits; the message names line, column and field path.
    /// </exception>
    public static ManifestSet Parse(string yaml) => Serialization.YamlReader.Read(yaml, sourceName: null, ParseOptions.Default);

    /// <summary>
    /// Reads a YAML stream like <see cref="Parse(string)"/>; <paramref name="sourceName"/> (usually the
    /// file path) is recorded on every object so that diagnostics point at it.
    /// </summary>
    public static ManifestSet Parse(string yaml, string? sourceName, ParseOptions? options = null)
        => Serialization.YamlReader.Read(yaml, sourceName, options ?? ParseOptions.Default);

    /// <summary>Reads a YAML file; diagnostics and errors name the file.</summary>
    public static ManifestSet ParseFile(string path, ParseOptions? options = null)
        => Parse(File.ReadAllText(path), path, options);

    /// <summary>
    /// Reads a real YAML stream without throwing: documents of kinds the DSL does not model (Service,
    /// Deployment, a foreign CRD …) are set aside and counted, and a document that cannot be read is
    /// reported with its line and column while the others are still read. <see cref="ParseOptions.Release"/>
    /// picks the Envoy Gateway release whose API versions are accepted.
    /// </summary>
    public static ManifestReadResult Read(string yaml, string? sourceName = null, ParseOptions? options = null)
        => Serialization.YamlReader.ReadStream(yaml, sourceName, options ?? ParseOptions.Default);

    /// <summary>Reads a YAML file like <see cref="Read(string, string?, ParseOptions?)"/>; errors name the file.</summary>
    public static ManifestReadResult ReadFile(string path, ParseOptions? options = null)
        => Read(File.ReadAllText(path), path, options);

    /// <summary>
    /// Checks every resource against the rule catalog (docs/rules), including the whole-set rules
    /// (EG4xxx: duplicate identities, references between the objects of the set, conflicts and precedence of
    /// policies; docs/rules/README.md). Findings on resources read from YAML speak YAML and point at the
    /// offending value; a whole-set finding names where the other resource it involves is.
    /// </summary>
    public IReadOnlyList<ValidationDiagnostic> Validate() => Validate(EnvoyGatewayVersion.Default);

    /// <summary>
    /// As <see cref="Validate()"/>, for the CRDs of <paramref name="release"/>: a field, value or kind that
    /// release does not have is EG1006 (naming the release that added or removed it), a deprecated field EG1007.
    /// </summary>
    public IReadOnlyList<ValidationDiagnostic> Validate(EnvoyGatewayVersion release) => Validation.Validator.Validate(this, release);

    /// <inheritdoc />
    protected override void InsertItem(int index, KubernetesObject item)
    {
        ArgumentNullException.ThrowIfNull(item);
        base.InsertItem(index, item);
    }

    /// <inheritdoc />
    protected override void SetItem(int index, KubernetesObject item)
    {
        ArgumentNullException.ThrowIfNull(item);
        base.SetItem(index, item);
    }
}
