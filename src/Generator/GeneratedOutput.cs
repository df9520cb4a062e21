using System.Text;

namespace EnvoyGateway.Dsl.Generator;

/// <summary>
/// Everything one run produces: file contents by repository-relative path ('/'-separated), plus the
/// folders the generator owns entirely (a file there that a run does not produce is stale).
/// </summary>
internal sealed class GeneratedOutput
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public SortedDictionary<string, string> Files { get; } = new(StringComparer.Ordinal);

    public SortedSet<string> OwnedFolders { get; } = new(StringComparer.Ordinal);

    public void Add(string relativePath, string content)
    {
        if (content.Contains('\r', StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"{relativePath}: generated text must use LF line ends.");
        }

        if (!Files.TryAdd(relativePath, content))
        {
            throw new GenerationException($"Two outputs for {relativePath}.");
        }
    }

    /// <summary>Files that would be written, changed or deleted, sorted.</summary>
    public IReadOnlyList<string> Drifted(string root)
    {
        var drifted = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var (path, content) in Files)
        {
            var full = Path.Combine(root, path);
            if (!File.Exists(full) || File.ReadAllText(full, Utf8NoBom) != content)
            {
                drifted.Add(path);
            }
        }

        drifted.UnionWith(Stale(root));
        return [.. drifted];
    }

    /// <summary>Writes what changed and deletes stale files; returns how many files were touched.</summary>
    public int Write(string root)
    {
        var touched = 0;
        foreach (var (path, content) in Files)
        {
            var full = Path.Combine(root, path);
            if (File.Exists(full) && File.ReadAllText(full, Utf8NoBom) == content)
            {
                continue;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, content, Utf8NoBom);
            touched++;
        }

        foreach (var stale in Stale(root))
        {
            File.Delete(Path.Combine(root, stale));
            touched++;
        }

        return touched;
    }

    private IEnumerable<string> Stale(string root)
    {
        foreach (var folder in OwnedFolders)
        {
            var full = Path.Combine(root, folder);
            if (!Directory.Exists(full))
            {
                continue;
            }

            foreach (var file in Directory.EnumerateFiles(full, "*", SearchOption.AllDirectories))
            {
                var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
                if (!Files.ContainsKey(relative))
                {
                    yield return relative;
                }
            }
        }
    }
}
