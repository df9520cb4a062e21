namespace EnvoyGateway.Dsl.Emitter;

/// <summary>
/// Undoes the compiler's <c>$(PathMap)</c> (deterministic and CI builds map source roots to <c>/_/</c>),
/// so that [CallerFilePath] and PDB paths point at real files again.
/// </summary>
internal sealed class SourcePathMap
{
    private readonly List<(string From, string To)> _entries;

    private SourcePathMap(List<(string From, string To)> entries) => _entries = entries;

    /// <summary>Parses <c>from=to,from=to</c> (the compiler's syntax; <c>\,</c> and <c>\=</c> are escapes, rare in paths).</summary>
    public static SourcePathMap Parse(string pathMap)
    {
        var entries = new List<(string From, string To)>();
        foreach (var entry in pathMap.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var equals = entry.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0 && equals < entry.Length - 1)
            {
                entries.Add((entry[..equals], entry[(equals + 1)..]));
            }
        }

        // Longest mapped prefix first, so that /_1/ is not taken for /_/.
        entries.Sort((a, b) => b.To.Length.CompareTo(a.To.Length));
        return new SourcePathMap(entries);
    }

    /// <summary>The real path of <paramref name="path"/>: the first map entry whose target prefixes it is reversed.</summary>
    public string MapBack(string path)
    {
        foreach (var (from, to) in _entries)
        {
            if (path.StartsWith(to, StringComparison.Ordinal))
            {
                var rest = path[to.Length..].TrimStart('/', '\\');
                return Path.GetFullPath(Path.Combine(from, rest.Replace('/', Path.DirectorySeparatorChar)));
            }
        }

        return path;
    }
}
