using System.Text.RegularExpressions;
using EnvoyGateway.Dsl.Generator.Crds;
using EnvoyGateway.Dsl.Generator.Naming;
using EnvoyGateway.Dsl.Generator.Releases;

namespace EnvoyGateway.Dsl.Generator.Model;

/// <summary>
/// Folds the CRDs of every release, oldest first, into one <see cref="UnionModel"/>. Each kind's schema
/// is the newest version the release serves (the one the DSL writes); <c>status</c> is the server's
/// and is not modelled. Disagreements (a property whose shape changes, two uses of one type with
/// different rules, two Go types under one C# name) are collected and reported together.
/// </summary>
internal sealed partial class ModelBuilder(ReleaseList releases, TypeNamer namer)
{
    private readonly Dictionary<string, ModelKind> _kinds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ModelType> _types = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ClosedSet> _closedSets = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SortedSet<string>> _goIdentities = new(StringComparer.Ordinal);
    private readonly SortedSet<string> _conflicts = new(StringComparer.Ordinal);

    public UnionModel Build(IReadOnlyDictionary<Release, IReadOnlyList<Crd>> crdsByRelease)
    {
        foreach (var release in releases.All)
        {
            foreach (var crd in crdsByRelease[release].OrderBy(c => c.Group, StringComparer.Ordinal).ThenBy(c => c.Kind, StringComparer.Ordinal))
            {
                AddKind(release, crd);
            }
        }

        foreach (var (fullName, identities) in _goIdentities.Where(g => g.Value.Count > 1))
        {
            _conflicts.Add($"{fullName}: named by different Go types ({string.Join(", ", identities)}); pin one with type-name-overrides.tsv.");
        }

        CheckUniqueNames();
        _conflicts.UnionWith(namer.Overrides.Unused());
        if (_conflicts.Count > 0)
        {
            throw new GenerationException($"The releases do not fold into one model ({_conflicts.Count} conflicts):{Environment.NewLine}  "
                + string.Join(Environment.NewLine + "  ", _conflicts));
        }

        foreach (var type in _types.Values)
        {
            CSharpNames.AssignPropertyNames(type);
        }

        return new UnionModel(
            releases,
            [.. _kinds.Values.OrderBy(k => k.Group, StringComparer.Ordinal).ThenBy(k => k.Kind, StringComparer.Ordinal)],
            [.. _types.Values.OrderBy(t => t.FullName, StringComparer.Ordinal)],
            [.. _closedSets.Values.OrderBy(c => c.FullName, StringComparer.Ordinal)]);
    }

    private void AddKind(Release release, Crd crd)
    {
        var served = crd.ServedNewestFirst;
        if (served.Count == 0)
        {
            return;
        }

        var key = $"{crd.Group}/{crd.Kind}";
        if (!_kinds.TryGetValue(key, out var kind))
        {
            kind = new ModelKind(crd.Group, crd.Kind, crd.Plural, crd.Scope);
            _kinds.Add(key, kind);
            kind.RootType = GetOrAddType(new NamedPosition($"{CSharpNames.NamespaceOfGroup(crd.Group)}.{crd.Kind}", null, NameSource.Derived));
            kind.RootType.Kind = kind;
        }
        else if (kind.Plural != crd.Plural || kind.Scope != crd.Scope)
        {
            _conflicts.Add($"{key}: plural/scope {kind.Plural}/{kind.Scope} before {release}, {crd.Plural}/{crd.Scope} in {release}.");
        }

        kind.Releases = kind.Releases.Union(ReleaseSet.Of(release));
        kind.ServedVersions[release.Index] = [.. served.Select(v => v.Name)];
        var version = served[0];
        var schema = version.Schema;
        kind.RootFacts[release.Index] = NodeFacts.From(schema);

        var position = new Position(key, crd.Kind, crd.Name, version.Name, ".");
        AddUse(kind.RootType, release, position, schema.Description);
        if (schema.Property("spec") is not { } spec)
        {
            _conflicts.Add($"{key} in {release}: no spec in the schema.");
            return;
        }

        VisitProperty(kind.RootType, "spec", spec, schema.Required, position with { Path = ".spec" }, release);
    }

    private void VisitProperty(ModelType owner, string jsonName, SchemaNode node, IReadOnlyList<string> required, Position position, Release release)
    {
        PropertyShape shape, declared;
        ModelProperty property;
        try
        {
            var (key, variantName) = VariantOf(jsonName, position, release);
            var knownType = owner.PropertyByKey(key)?.Shape.Innermost.Type;
            declared = ShapeOf(owner, key == jsonName ? jsonName : variantName!, node, position, release, knownType);
            shape = namer.Overrides.ForProperty("widen", position) is not null && declared.Kind is ShapeKind.Integer or ShapeKind.String
                ? PropertyShape.IntOrString
                : declared;
            property = owner.GetOrAddProperty(key, jsonName, shape, () => $"{position} in {release}");
            property.VariantName = variantName;
            if (namer.Overrides.ForProperty("csharp-type", position) is { } csharpType)
            {
                property.CSharpTypeOverride = shape.Kind == ShapeKind.Integer
                    ? csharpType
                    : throw new ConflictException($"{position}: property-overrides.tsv gives the C# type '{csharpType}', but the property is {shape}.");
            }
        }
        catch (ConflictException conflict)
        {
            _conflicts.Add(conflict.Message);
            return;
        }

        property.Releases = property.Releases.Union(ReleaseSet.Of(release));
        var facts = NodeFacts.From(node);
        var current = new PropertyRelease(required.Contains(jsonName), IsDeprecated(node.Description), node.Description, facts, declared.Equals(shape) ? null : declared);
        if (property.PerRelease.TryGetValue(release.Index, out var earlier))
        {
            if (earlier.Facts.Canonical() != current.Facts.Canonical())
            {
                earlier.FactsByUse[position.ToString()] = facts;
            }

            if (earlier.Required != current.Required || earlier.Deprecated != current.Deprecated || !Equals(earlier.DeclaredShape, current.DeclaredShape))
            {
                _conflicts.Add($"{property} in {release}: two uses disagree (another use of {owner.FullName}, and {position}): "
                    + $"{Describe(earlier)} vs {Describe(current)}.");
            }
        }
        else
        {
            property.PerRelease.Add(release.Index, current);
        }

        if (shape.Innermost.Kind == ShapeKind.String && facts.ScalarEnum.Count > 0)
        {
            AttachClosedSet(property, release, position);
        }
    }

    /// <summary>The property's key and C# name in this release: its JSON name, unless property-overrides.tsv makes this release's shape a variant.</summary>
    private (string Key, string? VariantName) VariantOf(string jsonName, Position position, Release release)
    {
        if (namer.Overrides.ForProperty("variant", position) is not { } variant)
        {
            return (jsonName, null);
        }

        var colon = variant.IndexOf(':', StringComparison.Ordinal);
        var variantReleases = variant[..colon].Split(',');
        var name = variant[(colon + 1)..];
        return variantReleases.Contains(release.Name) ? ($"{jsonName}@{name}", name) : (jsonName, null);
    }

    /// <param name="knownType">The type the property already has (from an earlier release or use): a C# property keeps the type it got first.</param>
    private PropertyShape ShapeOf(ModelType owner, string jsonName, SchemaNode node, Position position, Release release, ModelType? knownType)
    {
        if (node.IntOrString)
        {
            return PropertyShape.IntOrString;
        }

        switch (node.Type)
        {
            case "string":
                return PropertyShape.String;
            case "boolean":
                return PropertyShape.Boolean;
            case "number":
                return PropertyShape.Number;
            case "integer":
                return PropertyShape.Integer(node.Facts.Format);
            case "array":
                var items = node.Items ?? throw new ConflictException($"{position} in {release}: an array without items.");
                return PropertyShape.List(ShapeOf(owner, jsonName, items, position with { Path = position.Path + "[]" }, release, knownType));
            case "object" or null:
                if (node.Properties.Count > 0)
                {
                    return PropertyShape.Object(VisitObject(owner, jsonName, node, position, release, knownType));
                }

                if (node.AdditionalProperties is { } values)
                {
                    return PropertyShape.Map(ShapeOf(owner, jsonName, values, position with { Path = position.Path + "{}" }, release, knownType));
                }

                if (node.Type == "object" || node.PreserveUnknownFields)
                {
                    return PropertyShape.FreeForm;
                }

                break;
        }

        throw new ConflictException($"{position} in {release}: a schema node of type '{node.Type}' the generator cannot model.");
    }

    private ModelType VisitObject(ModelType owner, string jsonName, SchemaNode node, Position position, Release release, ModelType? knownType)
    {
        var derivedName = position.Path == ".spec" ? owner.Name + "Spec" : owner.Name + CSharpNames.Pascal(jsonName);
        var named = namer.NameObject(release, position, owner.Namespace, derivedName, knownType?.FullName);
        var type = GetOrAddType(named);
        AddUse(type, release, position, node.Description);
        foreach (var (name, child) in node.Properties)
        {
            VisitProperty(type, name, child, node.Required, position with { Path = $"{position.Path}.{name}" }, release);
        }

        return type;
    }

    private void AttachClosedSet(ModelProperty property, Release release, Position position)
    {
        var scalarPath = position.Path + string.Concat(Enumerable.Repeat("[]", ListDepth(property.Shape)));
        var named = namer.NameClosedSet(release, position with { Path = scalarPath }, property.Owner.Namespace, property.Owner.Name + CSharpNames.Pascal(property.JsonName));
        if (property.ClosedSet is not null && property.ClosedSet.FullName != named.FullName)
        {
            if (named.GoType is not null)
            {
                property.ClosedSet.GoTypes.Add(named.GoType);
            }

            return;
        }

        if (!_closedSets.TryGetValue(named.FullName, out var closedSet))
        {
            closedSet = new ClosedSet(named.Namespace, named.Name);
            _closedSets.Add(named.FullName, closedSet);
        }

        if (named.GoType is not null && named.Source == NameSource.GoType)
        {
            closedSet.GoTypes.Add(named.GoType);
        }

        // A property keeps the closed set it got first (a Go enum type renamed later, e.g. MatchType →
        // StringMatchType, does not rename a shipped holder); the later name is only recorded.
        if (property.ClosedSet is null)
        {
            property.ClosedSet = closedSet;
            closedSet.Properties.Add(property);
        }
        else if (property.ClosedSet != closedSet && named.GoType is not null)
        {
            property.ClosedSet.GoTypes.Add(named.GoType);
        }
    }

    private static int ListDepth(PropertyShape shape) => shape.Kind switch
    {
        ShapeKind.List => 1 + ListDepth(shape.Element!),
        _ => 0,
    };

    private ModelType GetOrAddType(NamedPosition named)
    {
        if (!_types.TryGetValue(named.FullName, out var type))
        {
            type = new ModelType(named.Namespace, named.Name);
            _types.Add(named.FullName, type);
        }

        if (named.GoType is not null)
        {
            type.GoTypes.Add(named.GoType);
            if (named.Source == NameSource.GoType)
            {
                if (!_goIdentities.TryGetValue(named.FullName, out var identities))
                {
                    _goIdentities[named.FullName] = identities = new SortedSet<string>(StringComparer.Ordinal);
                }

                identities.Add(TypeNamer.GoIdentity(named.GoType));
            }
        }

        return type;
    }

    private static void AddUse(ModelType type, Release release, Position position, string? description)
    {
        type.Releases = type.Releases.Union(ReleaseSet.Of(release));
        type.Descriptions.TryAdd(release.Index, description);
        var use = position.ToString();
        type.Uses[use] = type.Uses.GetValueOrDefault(use).Union(ReleaseSet.Of(release));
    }

    private void CheckUniqueNames()
    {
        foreach (var closedSet in _closedSets.Values)
        {
            if (_types.ContainsKey(closedSet.FullName))
            {
                _conflicts.Add($"{closedSet.FullName}: both an object type and a closed set; rename one in type-name-overrides.tsv.");
            }
        }
    }

    /// <summary>Kubernetes' convention: a paragraph of the field's documentation that starts with "Deprecated".</summary>
    public static bool IsDeprecated(string? description) => description is not null && DeprecatedLine().IsMatch(description);

    private static string Describe(PropertyRelease release)
        => $"required={release.Required}, deprecated={release.Deprecated}, {release.Facts.Canonical()}";

    [GeneratedRegex(@"(?m)^\s*Deprecated\b")]
    private static partial Regex DeprecatedLine();
}
