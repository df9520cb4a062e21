using System.Security.Cryptography;
using System.Text;
using EnvoyGateway.Dsl.Generator.Model;
using EnvoyGateway.Dsl.Generator.Releases;

namespace EnvoyGateway.Dsl.Generator.Cel;

/// <summary>One step from a node to a child in the model: a property, or the items of a list / values of a map.</summary>
internal sealed record CelStep(ModelProperty? Property, ShapeKind Element, PropertyShape Shape)
{
    public bool IsProperty => Property is not null;
}

/// <summary>
/// One rule of one kind at one schema node over the releases that have it: what the emitter writes and
/// docs/cel-rules.md lists. <see cref="Key"/> is stable: kind, schema path and a hash of the rule text.
/// </summary>
internal sealed record CelCompiledRule(ModelKind Kind, string Path, CelRuleSite Newest, ReleaseSet Releases, IReadOnlyList<CelStep> Steps)
{
    public string Rule => Newest.Rule.Rule;

    public string Key => $"{Kind.Kind}{Path}@{Hash(Rule)}";

    /// <summary>The quick fix the rule implies, if it is one of the forms <see cref="CelDiscriminatorFix"/> knows.</summary>
    public CelDiscriminatorFix? Fix => CelDiscriminatorFix.Of(CelParser.Parse(Rule));

    /// <summary>The type of <c>self</c>: the node's shape (the kind's root type for "").</summary>
    public PropertyShape SelfShape => Steps.Count == 0 ? PropertyShape.Object(Kind.RootType) : Steps[^1].Shape;

    /// <summary>The C# type of the node value as the walk holds it.</summary>
    public string SelfCSharp => Steps.Count == 0
        ? CelType.CSharp(Kind.RootType)
        : Steps[^1] is { Property.CSharpTypeOverride: { } forced, Shape.Kind: not (ShapeKind.List or ShapeKind.Map) } ? forced : CelType.CSharp(SelfShape);

    public static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..8];

    /// <summary>The rules of the model to generate: every site but transition rules and hand-ported ones, grouped over releases.</summary>
    public static IReadOnlyList<CelCompiledRule> All(UnionModel model, CelInventory inventory)
    {
        var groups = inventory.Sites
            .Where(s => !inventory.IsTransitionRule(s) && CelHandPorted.CoveringRule(s) is null)
            .Select(s => (Site: s, Steps: Resolve(s)))
            .GroupBy(x => (x.Site.Kind, x.Site.Path, x.Site.Rule.Rule, Chain: string.Join("/", x.Steps.Select(st => st.Property?.Key ?? st.Element.ToString()))));
        var rules = new List<CelCompiledRule>();
        foreach (var group in groups)
        {
            var newest = group.MaxBy(x => x.Site.Release.Index);
            if (group.Any(x => x.Site.Rule.MessageExpression is not null))
            {
                throw new GenerationException($"{newest.Site}: messageExpression is not translated yet; add it to src/Generator/Cel/CelTranslator.cs.");
            }

            var releases = group.Aggregate(ReleaseSet.Empty, (set, x) => set.Union(ReleaseSet.Of(x.Site.Release)));
            rules.Add(new CelCompiledRule(group.Key.Kind, group.Key.Path, newest.Site, releases, newest.Steps));
        }

        var duplicate = rules.GroupBy(r => r.Key, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        return duplicate is null ? rules : throw new GenerationException($"Two CEL rules share the key {duplicate.Key}: their nodes have different model types in different releases.");
    }

    /// <summary>The model steps of a site's path (".spec.rules[].matches[]"), in the site's release.</summary>
    private static List<CelStep> Resolve(CelRuleSite site)
    {
        var steps = new List<CelStep>();
        var shape = PropertyShape.Object(site.Kind.RootType);
        var path = site.Path;
        var position = 0;
        while (position < path.Length)
        {
            if (path[position] == '.')
            {
                var end = position + 1;
                while (end < path.Length && path[end] is not ('.' or '[' or '{'))
                {
                    end++;
                }

                var name = path[(position + 1)..end];
                var property = shape.Type?.Properties.FirstOrDefault(p => p.JsonName == name && p.Releases.Contains(site.Release))
                    ?? throw new GenerationException($"{site}: no model property '{name}' on the way to the rule's node");
                shape = property.Shape;
                steps.Add(new CelStep(property, property.Shape.Kind, shape));
                position = end;
            }
            else
            {
                var kind = path[position] == '[' ? ShapeKind.List : ShapeKind.Map;
                if (shape.Kind != kind || shape.Element is null)
                {
                    throw new GenerationException($"{site}: '{path[position..]}' does not match the model shape {shape}");
                }

                shape = shape.Element;
                steps.Add(new CelStep(null, kind, shape));
                position += 2;
            }
        }

        return steps;
    }
}
