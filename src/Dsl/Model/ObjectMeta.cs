using System.Runtime.CompilerServices;

namespace EnvoyGateway.Dsl;

/// <summary>
/// ObjectMeta is metadata that all persisted resources must have, which includes all objects users
/// must create. Maps and lists are created on first use: a collection initializer
/// (<c>Labels = { ["team"] = "edge" }</c>) merges or appends, assigning a new collection replaces.
/// </summary>
public sealed class ObjectMeta : SourceTrackedObject
{
    private Dictionary<string, string>? _labels;
    private Dictionary<string, string>? _annotations;
    private List<string>? _finalizers;
    private List<OwnerReference>? _ownerReferences;

    /// <summary>Creates empty metadata.</summary>
    /// <param name="callerFilePath">Filled by the compiler: the file that creates this object, for diagnostics.</param>
    /// <param name="callerLineNumber">Filled by the compiler: the line that creates this object, for diagnostics.</param>
    public ObjectMeta([CallerFilePath] string callerFilePath = "", [CallerLineNumber] int callerLineNumber = 0)
        : base(callerFilePath, callerLineNumber)
    {
    }

    /// <summary>
    /// Name must be unique within a namespace: a DNS-1123 subdomain (lower-case alphanumerics, '-' and
    /// '.', at most 253 characters). Cannot be updated. Rule EG5001.
    /// </summary>
    public string? Name { get; set; }

    /// <summary>
    /// Namespace defines the space within which each name must be unique: a DNS-1123 label (at most 63
    /// characters). An empty namespace means whichever namespace the apply context uses (rule EG5006).
    /// </summary>
    public string? Namespace { get; set; }

    /// <summary>
    /// Map of string keys and values that can be used to organize and categorize (scope and select)
    /// objects. Keys are qualified names (optional DNS prefix, '/', name of at most 63 characters);
    /// values at most 63 characters. Rule EG5003.
    /// </summary>
    public Dictionary<string, string> Labels
    {
        get => _labels ??= new(StringComparer.Ordinal);
        set => _labels = value;
    }

    /// <summary><see cref="Labels"/> as it is, without creating it: null until first read or set.</summary>
    internal Dictionary<string, string>? LabelsIfCreated => _labels;

    /// <summary>
    /// Annotations is an unstructured key value map stored with a resource that may be set by external
    /// tools to store and retrieve arbitrary metadata. Keys are qualified names; all annotations
    /// together at most 256 KiB. Rule EG5004.
    /// </summary>
    public Dictionary<string, string> Annotations
    {
        get => _annotations ??= new(StringComparer.Ordinal);
        set => _annotations = value;
    }

    /// <summary><see cref="Annotations"/> as it is, without creating it: null until first read or set.</summary>
    internal Dictionary<string, string>? AnnotationsIfCreated => _annotations;

    /// <summary>
    /// Must be empty before the object is deleted from the registry. Each entry is an identifier for the
    /// responsible component that will remove the entry from the list.
    /// </summary>
    public List<string> Finalizers
    {
        get => _finalizers ??= [];
        set => _finalizers = value;
    }

    /// <summary><see cref="Finalizers"/> as it is, without creating it: null until first read or set.</summary>
    internal List<string>? FinalizersIfCreated => _finalizers;

    /// <summary>
    /// List of objects depended by this object. If ALL objects in the list have been deleted, this object
    /// will be garbage collected.
    /// </summary>
    public List<OwnerReference> OwnerReferences
    {
        get => _ownerReferences ??= [];
        set => _ownerReferences = value;
    }

    /// <summary><see cref="OwnerReferences"/> as it is, without creating it: null until first read or set.</summary>
    internal List<OwnerReference>? OwnerReferencesIfCreated => _ownerReferences;

    /// <summary>
    /// An optional prefix, used by the server, to generate a unique name only if <see cref="Name"/> has
    /// not been provided.
    /// </summary>
    public string? GenerateName { get; set; }

    /// <summary>
    /// The name of the cluster which the object belongs to. Not set anywhere; the API server ignores
    /// it. Server-populated (rule EG5005).
    /// </summary>
    public string? ClusterName { get; set; }

    /// <summary>An opaque value that represents the internal version of this object. Server-populated (rule EG5005).</summary>
    public string? ResourceVersion { get; set; }

    /// <summary>A URL representing this object. Deprecated and server-populated (rule EG5005).</summary>
    public string? SelfLink { get; set; }

    /// <summary>The unique in time and space value for this object. Server-populated (rule EG5005).</summary>
    public string? Uid { get; set; }

    /// <summary>
    /// When this object was created, written as RFC 3339 UTC with second precision
    /// (<c>2024-01-01T00:00:00Z</c>). Server-populated (rule EG5005).
    /// </summary>
    public DateTimeOffset? CreationTimestamp { get; set; }

    /// <summary>
    /// When this resource will be deleted, written as RFC 3339 UTC with second precision.
    /// Server-populated (rule EG5005).
    /// </summary>
    public DateTimeOffset? DeletionTimestamp { get; set; }

    /// <summary>
    /// Number of seconds allowed for this object to gracefully terminate before it will be removed from
    /// the system. Server-populated (rule EG5005).
    /// </summary>
    public long? DeletionGracePeriodSeconds { get; set; }

    /// <summary>A sequence number representing a specific generation of the desired state. Server-populated (rule EG5005).</summary>
    public long? Generation { get; set; }

    /// <summary>Where each label's key and value are in the YAML: two entries per label, both named by its key.</summary>
    internal FieldSourceList LabelSources { get; set; }

    /// <summary>Where each annotation's key and value are in the YAML: two entries per annotation, both named by its key.</summary>
    internal FieldSourceList AnnotationSources { get; set; }
}
