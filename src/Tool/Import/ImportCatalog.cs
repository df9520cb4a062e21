namespace EnvoyGateway.Dsl.Tool.Import;

/// <summary>The generated <see cref="ImportTable"/> indexed for lookups: kinds by group and name, types and closed sets by full name.</summary>
internal sealed class ImportCatalog
{
    public static ImportCatalog Instance { get; } = new();

    private readonly Dictionary<(string Group, string Kind), ImportKind> _kinds = [];
    private readonly Dictionary<string, ImportType> _types = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, string>> _constants = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _holders = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string[]> _declaringNamespaces = new(StringComparer.Ordinal);

    private ImportCatalog()
    {
        foreach (var kind in ImportTable.Kinds)
        {
            _kinds.Add((kind.Group, kind.Kind), kind);
        }

        foreach (var type in ImportTable.Types)
        {
            _types.Add(type.FullName, type);
        }

        foreach (var closedSet in ImportTable.ClosedSets)
        {
            _holders.Add(closedSet.FullName, closedSet.Name);
            _constants.Add(closedSet.FullName, closedSet.Constants.ToDictionary(c => c.Value, c => c.Constant, StringComparer.Ordinal));
        }

        // A name declared in two of the model's namespaces is ambiguous where both are imported.
        var names = ImportTable.Types.Select(t => (t.Namespace, t.Name)).Concat(ImportTable.ClosedSets.Select(c => (c.Namespace, c.Name)));
        foreach (var group in names.Distinct().GroupBy(n => n.Name, StringComparer.Ordinal))
        {
            _declaringNamespaces.Add(group.Key, [.. group.Select(n => n.Namespace)]);
        }
    }

    public ImportKind? Kind(string group, string kind) => _kinds.GetValueOrDefault((group, kind));

    public ImportType Type(string fullName) => _types[fullName];

    /// <summary>The C# property holding <paramref name="jsonName"/> in <paramref name="release"/>: its variant for that release, else the property itself.</summary>
    public static ImportProperty? Property(ImportType type, string jsonName, EnvoyGatewayVersion release)
    {
        ImportProperty? main = null;
        foreach (var property in type.Properties)
        {
            if (property.JsonName != jsonName)
            {
                continue;
            }

            if (property.VariantReleases == 0)
            {
                main = property;
            }
            else if ((property.VariantReleases & release.Bit) != 0)
            {
                return property;
            }
        }

        return main;
    }

    /// <summary>The named constant for <paramref name="value"/> (<c>RateLimitUnit.Minute</c>) when the set has it spelled exactly, else null.</summary>
    public (string Namespace, string Holder, string Constant)? Constant(string closedSet, string value)
        => _constants.TryGetValue(closedSet, out var constants) && constants.TryGetValue(value, out var constant)
            ? (closedSet[..closedSet.LastIndexOf('.')], _holders[closedSet], constant)
            : null;

    /// <summary>The model namespaces that declare a type or closed set named <paramref name="name"/>.</summary>
    public IReadOnlyList<string> NamespacesDeclaring(string name) => _declaringNamespaces.GetValueOrDefault(name) ?? [];
}
