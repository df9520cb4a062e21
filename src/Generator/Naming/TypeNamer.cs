using EnvoyGateway.Dsl.Generator.Releases;

namespace EnvoyGateway.Dsl.Generator.Naming;

/// <summary>
/// Decides the full C# name of every object node and closed set, in this order:
/// <list type="number">
/// <item>the name the same position (kind + path) got in the first release it appeared in: a shipped
/// public name never changes;</item>
/// <item>an override by position (type-name-overrides.tsv);</item>
/// <item>the type the property at this position already has from another position (a C# property has
/// one type, named where it first appeared);</item>
/// <item>the Go type from the release's names table, renamed by an override by Go type if there is
/// one, else its own name in the namespace of its package;</item>
/// <item>derived from the position: the kind's spec is <c>KindSpec</c>, anything else is its parent's
/// name plus the PascalCase JSON name (list items and map values included), in the parent's namespace.</item>
/// </list>
/// Types are identified by that name: positions that get the same name are one C# type.
/// </summary>
internal sealed class TypeNamer(IReadOnlyDictionary<int, GoTypeNames> goTypeNames, NameOverrides overrides)
{
    private readonly Dictionary<(string Kind, string Path), NamedPosition> _pinned = [];

    public NameOverrides Overrides { get; } = overrides;

    /// <summary>
    /// The full C# name of the object at a position, and the Go type behind it when the table knows one.
    /// <paramref name="propertyType"/> is the type the property at this position already has from another
    /// position: a C# property keeps the type it got first (so a Go type renamed in a later Kubernetes
    /// release, ResourceRequirements → VolumeResourceRequirements, does not split it); only an override
    /// by position comes before it.
    /// </summary>
    public NamedPosition NameObject(Release release, Position position, string derivedNamespace, string derivedName, string? propertyType)
        => Name(release, position, derivedNamespace, derivedName, propertyType);

    /// <summary>The full C# name of a closed-set holder for the scalar at a position.</summary>
    public NamedPosition NameClosedSet(Release release, Position position, string derivedNamespace, string derivedName)
        => Name(release, position, derivedNamespace, derivedName, null);

    private NamedPosition Name(Release release, Position position, string derivedNamespace, string derivedName, string? propertyType)
    {
        if (_pinned.TryGetValue((position.KindKey, position.Path), out var pinned))
        {
            return pinned;
        }

        var goType = goTypeNames.GetValueOrDefault(release.Index)?.Find(position.Kind, position.CrdName, position.Version, position.Path);
        NamedPosition named;
        if (Overrides.ByPath(position.Kind, position.Path) is { } byPath)
        {
            named = new NamedPosition(byPath, null, NameSource.PathOverride);
        }
        else if (propertyType is not null)
        {
            named = new NamedPosition(propertyType, goType, NameSource.PropertyType);
        }
        else if (goType is not null)
        {
            named = Overrides.ByGoType(goType) is { } byGoType
                ? new NamedPosition(byGoType, goType, NameSource.GoTypeOverride)
                : new NamedPosition(FromGoType(goType), goType, NameSource.GoType);
        }
        else
        {
            named = new NamedPosition($"{derivedNamespace}.{derivedName}", null, NameSource.Derived);
        }

        _pinned.Add((position.KindKey, position.Path), named);
        return named;
    }

    /// <summary><c>github.com/envoyproxy/gateway/api/v1alpha1.HeaderMatch</c> → <c>EnvoyGateway.Dsl.Gateway.V1Alpha1.HeaderMatch</c>.</summary>
    public static string FromGoType(string goType)
    {
        var dot = goType.LastIndexOf('.');
        var slash = goType.LastIndexOf('/');
        if (dot <= slash || dot == goType.Length - 1)
        {
            throw new GenerationException($"'{goType}' is not a Go type name (package.Name).");
        }

        return $"{CSharpNames.NamespaceOfGoPackage(goType[..dot])}.{CSharpNames.Pascal(goType[(dot + 1)..])}";
    }

    /// <summary>
    /// The Go type with Gateway API's version folder removed: <c>apis/v1.HTTPRoute</c> and
    /// <c>apis/v1beta1.HTTPRoute</c> are one type promoted between versions, not a conflict.
    /// </summary>
    public static string GoIdentity(string goType)
    {
        const string GatewayApi = "sigs.k8s.io/gateway-api/";
        if (!goType.StartsWith(GatewayApi, StringComparison.Ordinal))
        {
            return goType;
        }

        return "sigs.k8s.io/gateway-api." + goType[(goType.LastIndexOf('.') + 1)..];
    }
}

/// <summary>Where a schema node is: the kind (and its CRD name and version) and the path from the root.</summary>
internal readonly record struct Position(string KindKey, string Kind, string CrdName, string Version, string Path)
{
    public override string ToString() => $"{Kind} {Path}";
}

internal enum NameSource
{
    Derived,
    GoType,
    GoTypeOverride,
    PathOverride,

    /// <summary>The type the property already has from another position.</summary>
    PropertyType,
}

internal sealed record NamedPosition(string FullName, string? GoType, NameSource Source)
{
    public string Namespace => FullName[..FullName.LastIndexOf('.')];

    public string Name => FullName[(FullName.LastIndexOf('.') + 1)..];
}
