using EnvoyGateway.Dsl.Generator.Releases;

namespace EnvoyGateway.Dsl.Generator.Model;

/// <summary>
/// What one release changes against the one before it, per kind: fields added, removed and newly
/// deprecated (as paths such as <c>spec.rateLimit.global.rules[].limit.unit</c>), allowed values added
/// and removed. A field of a new parent is not listed again; a change to a type used at several paths
/// is listed once, at its first path.
/// </summary>
internal sealed record ReleaseChanges(
    Release Release,
    IReadOnlyList<ModelKind> KindsAdded,
    IReadOnlyList<ModelKind> KindsRemoved,
    IReadOnlyList<(ModelKind Kind, string From, string To)> VersionChanges,
    IReadOnlyList<KindChanges> Kinds)
{
    public static IReadOnlyList<ReleaseChanges> Compute(UnionModel model)
    {
        var all = new List<ReleaseChanges>();
        for (var i = 1; i < model.Releases.Count; i++)
        {
            all.Add(Compute(model, i));
        }

        return all;
    }

    public static ReleaseChanges Compute(UnionModel model, int index)
    {
        var release = model.Releases[index];
        var kindsAdded = model.Kinds.Where(k => k.Releases.Contains(index) && !k.Releases.Contains(index - 1)).ToList();
        var kindsRemoved = model.Kinds.Where(k => !k.Releases.Contains(index) && k.Releases.Contains(index - 1)).ToList();
        var versionChanges = model.Kinds
            .Where(k => k.Releases.Contains(index) && k.Releases.Contains(index - 1) && k.NewestServedVersion(index) != k.NewestServedVersion(index - 1))
            .Select(k => (k, k.NewestServedVersion(index - 1), k.NewestServedVersion(index)))
            .ToList();

        var seen = new HashSet<(ModelProperty, string)>();
        var kinds = new List<KindChanges>();
        foreach (var kind in model.Kinds.Where(k => k.Releases.Contains(index) && k.Releases.Contains(index - 1)))
        {
            var changes = new KindChanges(kind);
            Walk(kind.RootType, "", index, changes, seen, depth: 0);
            if (!changes.IsEmpty)
            {
                kinds.Add(changes);
            }
        }

        return new ReleaseChanges(release, kindsAdded, kindsRemoved, versionChanges, kinds);
    }

    private static void Walk(ModelType type, string path, int index, KindChanges changes, HashSet<(ModelProperty, string)> seen, int depth)
    {
        foreach (var property in type.Properties)
        {
            var propertyPath = path.Length == 0 ? property.JsonName : $"{path}.{property.JsonName}";
            var now = property.Releases.Contains(index);
            var before = property.Releases.Contains(index - 1);
            if (now && !before)
            {
                Note(changes.Added, property, "added", propertyPath, seen);
                continue;
            }

            if (!now && before)
            {
                Note(changes.Removed, property, "removed", propertyPath, seen);
                continue;
            }

            if (!now)
            {
                continue;
            }

            if (property.DeprecatedIn.Contains(index) && !property.DeprecatedIn.Contains(index - 1))
            {
                Note(changes.Deprecated, property, "deprecated", propertyPath, seen);
            }

            var values = property.EnumValues;
            var added = values.Where(v => v.Value.Contains(index) && !v.Value.Contains(index - 1) && property.PerRelease[index - 1].Facts.ScalarEnum.Count > 0).Select(v => v.Key).ToList();
            var removed = values.Where(v => !v.Value.Contains(index) && v.Value.Contains(index - 1)).Select(v => v.Key).ToList();
            if (added.Count > 0 && seen.Add((property, "values+")))
            {
                changes.ValuesAdded.Add((propertyPath, added));
            }

            if (removed.Count > 0 && seen.Add((property, "values-")))
            {
                changes.ValuesRemoved.Add((propertyPath, removed));
            }

            if (property.Shape.Innermost.Type is { } child && depth < 64)
            {
                var suffix = string.Concat(Enumerable.Repeat("[]", Depth(property.Shape, ShapeKind.List)));
                Walk(child, propertyPath + suffix, index, changes, seen, depth + 1);
            }
        }
    }

    private static int Depth(PropertyShape shape, ShapeKind kind) => shape.Kind == kind ? 1 + Depth(shape.Element!, kind) : 0;

    private static void Note(List<string> list, ModelProperty property, string change, string path, HashSet<(ModelProperty, string)> seen)
    {
        if (seen.Add((property, change)))
        {
            list.Add(path);
        }
    }
}

internal sealed class KindChanges(ModelKind kind)
{
    public ModelKind Kind { get; } = kind;

    public List<string> Added { get; } = [];

    public List<string> Removed { get; } = [];

    public List<string> Deprecated { get; } = [];

    public List<(string Path, List<string> Values)> ValuesAdded { get; } = [];

    public List<(string Path, List<string> Values)> ValuesRemoved { get; } = [];

    public bool IsEmpty => Added.Count + Removed.Count + Deprecated.Count + ValuesAdded.Count + ValuesRemoved.Count == 0;
}
