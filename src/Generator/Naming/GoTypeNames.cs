namespace EnvoyGateway.Dsl.Generator.Naming;

/// <summary>
/// One release's <c>go-type-names.tsv</c>: which Go type sits at each schema path of each CRD version
/// (header <c>crd version path goType</c>; path <c>.</c> for the root, <c>[]</c> for list items,
/// <c>{}</c> for map values). Missing file: every lookup misses and names are derived.
/// </summary>
internal sealed class GoTypeNames
{
    public const string FileName = "go-type-names.tsv";

    private readonly Dictionary<(string Crd, string Version, string Path), string> _types = [];

    public static GoTypeNames Empty { get; } = new();

    public int Count => _types.Count;

    public static GoTypeNames Read(string path) => File.Exists(path) ? Parse(File.ReadAllLines(path), path) : new GoTypeNames();

    public static GoTypeNames Parse(IReadOnlyList<string> lines, string path)
    {
        var names = new GoTypeNames();
        if (lines.Count == 0 || lines[0] != "crd\tversion\tpath\tgoType")
        {
            throw new GenerationException($"{path}: expected the header 'crd<TAB>version<TAB>path<TAB>goType'.");
        }

        for (var i = 1; i < lines.Count; i++)
        {
            if (lines[i].Length == 0)
            {
                continue;
            }

            var columns = lines[i].Split('\t');
            if (columns.Length != 4)
            {
                throw new GenerationException($"{path}:{i + 1}: expected 4 tab-separated columns.");
            }

            names._types[(columns[0], columns[1], columns[2])] = columns[3];
        }

        return names;
    }

    /// <summary>The Go type at <paramref name="path"/>; the CRD is matched by kind or by CRD name (plural.group).</summary>
    public string? Find(string kind, string crdName, string version, string path)
        => _types.GetValueOrDefault((kind, version, path)) ?? _types.GetValueOrDefault((crdName, version, path));
}
