namespace EnvoyGateway.Dsl.Tool.Inputs;

/// <summary>
/// Turns the command line's paths into the files to read: a folder contributes its *.yaml and *.yml
/// files, recursively, in ordinal path order (stable across machines); a file is read whatever its
/// extension, in the order given. A file named twice is read once.
/// </summary>
internal static class InputFiles
{
    public static (IReadOnlyList<string> Files, IReadOnlyList<string> Missing) Expand(IEnumerable<string> paths)
    {
        var files = new List<string>();
        var missing = new List<string>();
        var seen = new HashSet<string>(OperatingSystem.IsWindows() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var found = Directory.EnumerateFiles(path, "*", new EnumerationOptions { RecurseSubdirectories = true, MatchCasing = MatchCasing.CaseInsensitive })
                    .Where(IsYaml)
                    .Order(StringComparer.Ordinal);
                foreach (var file in found)
                {
                    Add(file);
                }
            }
            else if (File.Exists(path))
            {
                Add(path);
            }
            else
            {
                missing.Add(path);
            }
        }

        return (files, missing);

        void Add(string file)
        {
            if (seen.Add(Path.GetFullPath(file)))
            {
                files.Add(file);
            }
        }
    }

    private static bool IsYaml(string file)
        => file.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || file.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);
}
