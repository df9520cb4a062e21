namespace EnvoyGateway.Dsl.Generator.Naming;

/// <summary>
/// The checked-in decisions that the CRDs and the names tables cannot make:
/// <c>type-name-overrides.tsv</c> pins a C# name by position (<c>path  Kind .spec.x</c>) or by Go type
/// (<c>gotype  pkg.Name</c>), for object types and closed-set holders alike;
/// <c>property-overrides.tsv</c> settles what a property's schema alone cannot, by position
/// (<c>Kind .path</c>): <c>csharp-type</c> forces an integer's C# type (<c>uint</c> for a count),
/// <c>widen</c> accepts an integer that a later release turned into int-or-string, <c>variant</c>
/// gives the releases where a property had another shape a C# property of its own
/// (<c>0.6:AllowOriginsV0_6</c>). Lines starting with '#' are comments.
/// </summary>
internal sealed class NameOverrides
{
    public const string TypeNamesFile = "type-name-overrides.tsv";
    public const string PropertiesFile = "property-overrides.tsv";

    private static readonly HashSet<string> AllowedPropertyTypes = ["uint", "int", "long", "ulong", "ushort", "short"];

    private readonly Dictionary<(string Kind, string Path), string> _byPath = [];
    private readonly Dictionary<string, string> _byGoType = new(StringComparer.Ordinal);
    private readonly Dictionary<(string What, string Position), string> _properties = [];
    private readonly HashSet<object> _used = [];

    public static NameOverrides Empty { get; } = new();

    public static NameOverrides Read(string inputFolder)
        => Parse(ReadLines(Path.Combine(inputFolder, TypeNamesFile)), ReadLines(Path.Combine(inputFolder, PropertiesFile)));

    /// <summary>The two files' lines (a missing file: no lines).</summary>
    public static NameOverrides Parse(IReadOnlyList<string> typeNameLines, IReadOnlyList<string> propertyLines)
    {
        var overrides = new NameOverrides();
        foreach (var (line, columns, where) in Rows(TypeNamesFile, typeNameLines, 3))
        {
            var fullName = columns[2];
            if (!fullName.StartsWith(CSharpNames.EnvoyGatewayNamespace + ".", StringComparison.Ordinal)
                && !fullName.StartsWith(CSharpNames.GatewayApiNamespace + ".", StringComparison.Ordinal))
            {
                throw new GenerationException($"{where}: '{fullName}' is not a full C# name in a model namespace.");
            }

            switch (columns[0])
            {
                case "path":
                    var space = columns[1].IndexOf(' ', StringComparison.Ordinal);
                    if (space < 0)
                    {
                        throw new GenerationException($"{where}: a path key is 'Kind .path'.");
                    }

                    overrides._byPath.Add((columns[1][..space], columns[1][(space + 1)..]), fullName);
                    break;
                case "gotype":
                    overrides._byGoType.Add(columns[1], fullName);
                    break;
                default:
                    throw new GenerationException($"{where}: the first column is 'path' or 'gotype', not '{columns[0]}'.");
            }
        }

        foreach (var (line, columns, where) in Rows(PropertiesFile, propertyLines, 3))
        {
            var valid = columns[0] switch
            {
                "csharp-type" => AllowedPropertyTypes.Contains(columns[2]),
                "widen" => columns[2] == "int-or-string",
                "variant" => columns[2].Contains(':', StringComparison.Ordinal),
                _ => false,
            };
            if (!valid)
            {
                throw new GenerationException($"{where}: '{columns[0]}' with '{columns[2]}' is not an override (csharp-type {string.Join("|", AllowedPropertyTypes)}; widen int-or-string; variant RELEASES:Name).");
            }

            overrides._properties.Add((columns[0], columns[1]), columns[2]);
        }

        return overrides;
    }

    public string? ByPath(string kind, string path)
    {
        if (_byPath.TryGetValue((kind, path), out var name))
        {
            _used.Add((kind, path));
            return name;
        }

        return null;
    }

    public string? ByGoType(string goType)
    {
        if (_byGoType.TryGetValue(goType, out var name))
        {
            _used.Add(goType);
            return name;
        }

        return null;
    }

    /// <summary>A property override ("csharp-type", "widen", "variant") for the property at a position.</summary>
    public string? ForProperty(string what, Position position)
    {
        if (_properties.TryGetValue((what, $"{position.Kind} {position.Path}"), out var value))
        {
            _used.Add((what, $"{position.Kind} {position.Path}"));
            return value;
        }

        return null;
    }

    /// <summary>Overrides that matched nothing: a typo or a stale entry, reported as an error.</summary>
    public IEnumerable<string> Unused()
    {
        foreach (var key in _byPath.Keys.Where(k => !_used.Contains(k)))
        {
            yield return $"{TypeNamesFile}: path '{key.Kind} {key.Path}' matches no object or closed set";
        }

        foreach (var key in _byGoType.Keys.Where(k => !_used.Contains(k)))
        {
            yield return $"{TypeNamesFile}: Go type '{key}' matches nothing";
        }

        foreach (var key in _properties.Keys.Where(k => !_used.Contains(k)))
        {
            yield return $"{PropertiesFile}: {key.What} '{key.Position}' matches no property";
        }
    }

    private static string[] ReadLines(string path) => File.Exists(path) ? File.ReadAllLines(path) : [];

    private static IEnumerable<(int Line, string[] Columns, string Where)> Rows(string fileName, IReadOnlyList<string> lines, int columnCount)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Length == 0 || lines[i].StartsWith('#'))
            {
                continue;
            }

            var columns = lines[i].Split('\t');
            var where = $"{fileName}:{i + 1}";
            if (columns.Length != columnCount)
            {
                throw new GenerationException($"{where}: expected {columnCount} tab-separated columns.");
            }

            yield return (i + 1, columns, where);
        }
    }
}
