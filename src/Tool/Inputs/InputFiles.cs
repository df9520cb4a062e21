namespace EnvoyGateway.Dsl.Tool.Inputs;

/// <summary>One input to read: a file, or standard input (the path <c>-</c>), by the name findings show.</summary>
internal sealed record InputFile(string Name, bool IsStandardInput)
{
    /// <summary>How findings name standard input, as kubeconform and kubectl do.</summary>
    public const string StandardInputName = "<stdin>";

    public static InputFile StandardInput { get; } = new(StandardInputName, IsStandardInput: true);
}

/// <summary>
/// Turns the command line's paths into the inputs to read: a folder contributes its *.yaml and *.yml
/// files, recursively, in ordinal path order (stable across machines); a file is read whatever its
/// extension, in the order given; <c>-</c> is standard input. An input named twice is read once.
/// </summary>
internal static class InputFiles
{
    /// <summary>The path that means standard input (<c>helm template … | egdsl validate -</c>).</summary>
    public const string StandardInputPath = "-";

    public static (IReadOnlyList<InputFile> Files, IReadOnlyList<string> Missing) Expand(IEnumerable<string> paths)
    {
        var files = new List<InputFile>();
        var missing = new List<string>();
        var seen = new HashSet<string>(OperatingSystem.IsWindows() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (path == StandardInputPath)
            {
                // "-" never collides with the full paths in the set: they are rooted.
                if (seen.Add(StandardInputPath))
                {
                    files.Add(InputFile.StandardInput);
                }
            }
            else if (Directory.Exists(path))
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
                files.Add(new InputFile(file, IsStandardInput: false));
            }
        }
    }

    private static bool IsYaml(string file)
        => file.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || file.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);
}
