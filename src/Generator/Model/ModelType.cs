using EnvoyGateway.Dsl.Generator.Releases;

namespace EnvoyGateway.Dsl.Generator.Model;

/// <summary>
/// One C# type of the model: an object schema, merged over every path, kind and release that names it
/// the same. Its identity is its full C# name, which comes from the Go type (names table), an override,
/// or its position (see <see cref="Naming.TypeNamer"/>).
/// </summary>
internal sealed class ModelType(string @namespace, string name)
{
    private readonly SortedDictionary<string, ModelProperty> _properties = new(StringComparer.Ordinal);

    public string Namespace { get; } = @namespace;

    public string Name { get; } = name;

    public string FullName => $"{Namespace}.{Name}";

    /// <summary>Set for the root type of a kind (the class deriving KubernetesObject).</summary>
    public ModelKind? Kind { get; internal set; }

    /// <summary>The Go types seen for this type (from the names table), for docs and conflict messages.</summary>
    public SortedSet<string> GoTypes { get; } = new(StringComparer.Ordinal);

    public ReleaseSet Releases { get; internal set; }

    /// <summary>Per release index: the description at the first use met in that release.</summary>
    public SortedDictionary<int, string?> Descriptions { get; } = [];

    /// <summary>Where the type is used: "Kind .path" with the releases of that use.</summary>
    public SortedDictionary<string, ReleaseSet> Uses { get; } = new(StringComparer.Ordinal);

    /// <summary>Properties by key (the JSON name; a variant sorts right after its property), ordinal order: the order the CRDs list them and the YAML writes them.</summary>
    public IReadOnlyCollection<ModelProperty> Properties => _properties.Values;

    /// <summary>The property with this JSON name (not a variant).</summary>
    public ModelProperty? Property(string jsonName) => _properties.GetValueOrDefault(jsonName);

    /// <summary>The property with this key (a JSON name, or a variant's key).</summary>
    public ModelProperty? PropertyByKey(string key) => _properties.GetValueOrDefault(key);

    internal ModelProperty GetOrAddProperty(string key, string jsonName, PropertyShape shape, Func<string> conflictContext)
    {
        if (_properties.TryGetValue(key, out var existing))
        {
            if (!existing.Shape.Equals(shape))
            {
                throw new ConflictException($"{FullName}.{key}: shape {existing.Shape} in {existing.DescribeReleases()}, but {shape} at {conflictContext()}; "
                    + "settle it in property-overrides.tsv (widen, variant).");
            }

            return existing;
        }

        var property = new ModelProperty(this, key, jsonName, shape);
        _properties.Add(key, property);
        return property;
    }

    /// <summary>The newest description (XML docs use the newest release's wording).</summary>
    public string? NewestDescription => Descriptions.Count == 0 ? null : Descriptions[Descriptions.Keys.Max()];

    public override string ToString() => FullName;
}
