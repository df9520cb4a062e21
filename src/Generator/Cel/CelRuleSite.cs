using EnvoyGateway.Dsl.Generator.Crds;
using EnvoyGateway.Dsl.Generator.Model;
using EnvoyGateway.Dsl.Generator.Releases;

namespace EnvoyGateway.Dsl.Generator.Cel;

/// <summary>One CEL rule where one release's CRD of a kind has it: <see cref="Path"/> is the JSON path of the rule's node ("" is the object itself, "[]" list items, "{}" map values).</summary>
internal sealed record CelRuleSite(ModelKind Kind, Release Release, string Path, CelRule Rule)
{
    public string CrdName => $"{Kind.Plural}.{Kind.Group}";

    public override string ToString() => $"{CrdName} (release {Release.Name}) at {(Path.Length == 0 ? "the object" : Path)}";

    /// <summary>Every rule of every kind of every release in the model, kind by kind, release by release, in schema order.</summary>
    public static IEnumerable<CelRuleSite> All(UnionModel model)
    {
        foreach (var kind in model.Kinds)
        {
            foreach (var release in model.Releases.All.Where(r => kind.Releases.Contains(r)))
            {
                foreach (var site in Facts(kind, release, "", kind.RootFacts[release.Index], null))
                {
                    yield return site;
                }

                foreach (var site in Properties(kind, release, "", kind.RootType))
                {
                    yield return site;
                }
            }
        }
    }

    private static IEnumerable<CelRuleSite> Properties(ModelKind kind, Release release, string path, ModelType type)
    {
        foreach (var property in type.Properties.Where(p => p.Releases.Contains(release)))
        {
            var propertyPath = $"{path}.{property.JsonName}";
            var facts = property.PerRelease[release.Index].FactsAt($"{kind.Kind} {propertyPath}");
            foreach (var site in Facts(kind, release, propertyPath, facts, property.Shape))
            {
                yield return site;
            }

            if (property.Shape.Innermost.Type is { } child)
            {
                foreach (var site in Properties(kind, release, propertyPath + ElementSuffix(property.Shape), child))
                {
                    yield return site;
                }
            }
        }
    }

    /// <summary>The node's rules, then its items' or values' (the facts' <see cref="NodeFacts.Element"/> chain).</summary>
    private static IEnumerable<CelRuleSite> Facts(ModelKind kind, Release release, string path, NodeFacts facts, PropertyShape? shape)
    {
        foreach (var rule in facts.Validations)
        {
            yield return new CelRuleSite(kind, release, path, rule);
        }

        if (facts.Element is { } element && shape?.Element is { } elementShape)
        {
            foreach (var site in Facts(kind, release, path + (shape.Kind == ShapeKind.Map ? "{}" : "[]"), element, elementShape))
            {
                yield return site;
            }
        }
    }

    /// <summary>"[]" per list level and "{}" per map level down to the innermost shape.</summary>
    private static string ElementSuffix(PropertyShape shape) => shape.Element is { } element
        ? (shape.Kind == ShapeKind.Map ? "{}" : "[]") + ElementSuffix(element)
        : "";
}
