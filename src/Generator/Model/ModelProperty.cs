using EnvoyGateway.Dsl.Generator.Releases;

namespace EnvoyGateway.Dsl.Generator.Model;

/// <summary>One property of a <see cref="ModelType"/>, with its facts per release.</summary>
internal sealed class ModelProperty(ModelType owner, string key, string jsonName, PropertyShape shape)
{
    public ModelType Owner { get; } = owner;

    /// <summary>The JSON name, or for a variant (see <see cref="VariantName"/>) the JSON name and the variant's C# name.</summary>
    public string Key { get; } = key;

    public string JsonName { get; } = jsonName;

    /// <summary>
    /// Set when the property is the variant of <see cref="JsonName"/> that some releases had with another
    /// shape: its own C# property, named by property-overrides.tsv, written with the same JSON name.
    /// </summary>
    public string? VariantName { get; internal set; }

    /// <summary>Set when the model is complete (<see cref="Naming.CSharpNames.AssignPropertyNames"/>).</summary>
    public string CSharpName { get; internal set; } = "";

    public PropertyShape Shape { get; } = shape;

    /// <summary>A list or a map: created on first read or write, so that unset ones cost nothing.</summary>
    public bool IsCollection => Shape.Kind is ShapeKind.List or ShapeKind.Map;

    /// <summary>
    /// How generated readers (writer, schema access, tree walk) read the property without changing the object:
    /// for a collection, its internal accessor that is null until the collection is created.
    /// </summary>
    public string ReaderName => IsCollection ? CSharpName + "IfCreated" : CSharpName;

    /// <summary>The releases the property exists in.</summary>
    public ReleaseSet Releases { get; internal set; }

    /// <summary>Per release index: what the CRD of that release says about the property.</summary>
    public SortedDictionary<int, PropertyRelease> PerRelease { get; } = [];

    /// <summary>The closed-set holder of the innermost scalar, when some release has an enum there.</summary>
    public ClosedSet? ClosedSet { get; internal set; }

    /// <summary>The C# type forced by an override (e.g. <c>uint</c> for a request count), else null.</summary>
    public string? CSharpTypeOverride { get; internal set; }

    public ReleaseSet RequiredIn => Where(r => r.Required);

    public ReleaseSet DeprecatedIn => Where(r => r.Deprecated);

    /// <summary>Each enum value of the innermost scalar with the releases that allow it (at some use).</summary>
    public SortedDictionary<string, ReleaseSet> EnumValues
    {
        get
        {
            var values = new SortedDictionary<string, ReleaseSet>(StringComparer.Ordinal);
            foreach (var (index, release) in PerRelease)
            {
                foreach (var json in release.FactsByUse.Values.Prepend(release.Facts).SelectMany(f => f.ScalarEnum))
                {
                    var value = DecodeEnumValue(json);
                    values[value] = values.GetValueOrDefault(value).Union(ReleaseSet.Of(index));
                }
            }

            return values;
        }
    }

    /// <summary>An enum value as written in YAML: JSON strings decoded, numbers and booleans as spelled.</summary>
    public static string DecodeEnumValue(string json)
        => json.StartsWith('"') ? System.Text.Json.JsonSerializer.Deserialize<string>(json)! : json;

    public string? NewestDescription => PerRelease.Count == 0 ? null : PerRelease[PerRelease.Keys.Max()].Description;

    public string DescribeReleases() => $"releases {Releases}";

    private ReleaseSet Where(Func<PropertyRelease, bool> predicate)
    {
        var set = ReleaseSet.Empty;
        foreach (var (index, release) in PerRelease)
        {
            if (predicate(release))
            {
                set = set.Union(ReleaseSet.Of(index));
            }
        }

        return set;
    }

    public override string ToString() => $"{Owner.FullName}.{Key}";
}

/// <summary>
/// A property as one release's CRDs have it. <see cref="Facts"/> are those of the first use met (kinds
/// in order, then paths); a use whose CRD says otherwise (Gateway API's CRDs of one release do not
/// always agree about a shared Go type) keeps its own in <see cref="FactsByUse"/>, so no rule is lost or
/// applied where its CRD does not have it. <see cref="DeclaredShape"/> is set when the release declares
/// a narrower shape than the union's (an integer where later releases take int-or-string).
/// </summary>
internal sealed record PropertyRelease(bool Required, bool Deprecated, string? Description, NodeFacts Facts, PropertyShape? DeclaredShape = null)
{
    /// <summary>Uses ("Kind .path") whose facts differ from <see cref="Facts"/>, with theirs.</summary>
    public SortedDictionary<string, NodeFacts> FactsByUse { get; } = new(StringComparer.Ordinal);

    /// <summary>The facts at one use.</summary>
    public NodeFacts FactsAt(string use) => FactsByUse.GetValueOrDefault(use) ?? Facts;
}
