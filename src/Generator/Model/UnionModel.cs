using EnvoyGateway.Dsl.Generator.Releases;

namespace EnvoyGateway.Dsl.Generator.Model;

/// <summary>
/// Every kind, type, property, allowed value and rule of every supported release, each knowing the
/// releases it exists in. The one input of every emitter.
/// </summary>
internal sealed class UnionModel(ReleaseList releases, IReadOnlyList<ModelKind> kinds, IReadOnlyList<ModelType> types, IReadOnlyList<ClosedSet> closedSets)
{
    public ReleaseList Releases { get; } = releases;

    /// <summary>Sorted by group, then kind.</summary>
    public IReadOnlyList<ModelKind> Kinds { get; } = kinds;

    /// <summary>Sorted by full C# name.</summary>
    public IReadOnlyList<ModelType> Types { get; } = types;

    /// <summary>Sorted by full C# name.</summary>
    public IReadOnlyList<ClosedSet> ClosedSets { get; } = closedSets;

    public ModelKind Kind(string kind) => Kinds.Single(k => k.Kind == kind);

    public ModelType Type(string fullName) => Types.Single(t => t.FullName == fullName);

    /// <summary>The type at a path of a kind (".spec.rateLimit"), following properties, list items "[]" and map values "{}".</summary>
    public ModelType TypeAt(string kind, string path)
    {
        var type = Kind(kind).RootType;
        foreach (var segment in PathSegments(path))
        {
            var property = type.Property(segment) ?? throw new KeyNotFoundException($"{type.FullName} has no property '{segment}' ({kind} {path}).");
            type = property.Shape.Innermost.Type ?? throw new KeyNotFoundException($"{kind} {path}: '{segment}' is not an object.");
        }

        return type;
    }

    /// <summary>The property at a path of a kind (".spec.rateLimit.global.rules[].limit.unit").</summary>
    public ModelProperty PropertyAt(string kind, string path)
    {
        var lastDot = path.LastIndexOf('.');
        var owner = lastDot == 0 ? Kind(kind).RootType : TypeAt(kind, path[..lastDot]);
        var name = path[(lastDot + 1)..].Replace("[]", "", StringComparison.Ordinal).Replace("{}", "", StringComparison.Ordinal);
        return owner.Property(name) ?? throw new KeyNotFoundException($"{owner.FullName} has no property '{name}' ({kind} {path}).");
    }

    private static IEnumerable<string> PathSegments(string path)
        => path.Split('.', StringSplitOptions.RemoveEmptyEntries)
            .Select(s => s.Replace("[]", "", StringComparison.Ordinal).Replace("{}", "", StringComparison.Ordinal));
}
