using System.Text;

namespace EnvoyGateway.Dsl.Emitter;

/// <summary>
/// Writes the planned files below the output root: only files whose bytes changed (no churn for GitOps
/// diffs or file watchers; a file whose size and time match the record is known unchanged without reading it), each atomically (a temporary file in the same folder, then a rename), and
/// removes the files it wrote earlier that are no longer planned. Nothing outside its own record is
/// touched, and no path outside the root is ever written or deleted.
/// </summary>
internal sealed class OutputFolder
{
    private readonly string _root;

    public OutputFolder(string root)
    {
        _root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root)) + Path.DirectorySeparatorChar;
    }

    public string RecordPath => _root + WriteRecord.FileName;

    public WriteResult Write(IReadOnlyList<PlannedFile> files)
    {
        var previous = (File.Exists(RecordPath) ? WriteRecord.Parse(File.ReadAllText(RecordPath)) : [])
            .ToDictionary(e => e.Path, StringComparer.Ordinal);
        var record = new RecordEntry[files.Count];
        var paths = files.Select(f => Resolve(f.RelativePath)
            ?? throw new InvalidOperationException($"Refusing to write '{f.RelativePath}': not a plain <set>/<file>.yaml path below {_root}.")).ToList();
        // Hashing and checking the recorded state is independent per file: spread it over the cores.
        var known = new bool[files.Count];
        Parallel.For(0, files.Count, i =>
        {
            var hash = RecordEntry.HashOf(files[i].Content);
            known[i] = previous.TryGetValue(files[i].RelativePath, out var entry) && entry.Matches(hash, new FileInfo(paths[i]));
            record[i] = known[i] ? entry! : new RecordEntry(files[i].RelativePath, hash, -1, -1);
        });
        int written = 0, unchanged = 0, removed = 0;
        for (var i = 0; i < files.Count; i++)
        {
            var changed = !known[i] && WriteIfChanged(paths[i], files[i].Content);
            if (!known[i])
            {
                var info = new FileInfo(paths[i]);
                record[i] = record[i] with { Length = info.Length, LastWriteTicks = info.LastWriteTimeUtc.Ticks };
            }

            if (files[i].IsResource)
            {
                _ = changed ? written++ : unchanged++;
            }
        }

        var planned = files.Select(f => f.RelativePath).ToHashSet(StringComparer.Ordinal);
        var emptied = new HashSet<string>(StringComparer.Ordinal);
        foreach (var relative in previous.Keys.Where(p => !planned.Contains(p)))
        {
            // A record entry that is not a plain path below the root is ignored, never followed.
            if (Resolve(relative) is { } path && File.Exists(path))
            {
                File.Delete(path);
                removed += Path.GetFileName(path) == ManifestFileNames.Kustomization ? 0 : 1;
                emptied.Add(Path.GetDirectoryName(path)!);
            }
        }

        foreach (var folder in emptied.Where(f => Directory.Exists(f) && !Directory.EnumerateFileSystemEntries(f).Any()))
        {
            Directory.Delete(folder);
        }

        if (files.Count > 0)
        {
            WriteIfChanged(RecordPath, Encoding.UTF8.GetBytes(WriteRecord.Render(record.OrderBy(e => e.Path, StringComparer.Ordinal))));
        }
        else if (File.Exists(RecordPath))
        {
            File.Delete(RecordPath);
        }

        return new WriteResult(written, unchanged, removed);
    }

    /// <summary>
    /// The full path of <c>&lt;set&gt;/&lt;file&gt;.yaml</c> below the root, or null when
    /// <paramref name="relativePath"/> is anything else (more segments, <c>..</c>, a rooted path, odd characters).
    /// </summary>
    public string? Resolve(string relativePath)
    {
        var parts = relativePath.Split('/');
        if (parts.Length != 2 || !ManifestFileNames.IsSafeFolder(parts[0]) || !IsSafeFileName(parts[1]))
        {
            return null;
        }

        var path = Path.GetFullPath(Path.Combine(_root, parts[0], parts[1]));
        return path.StartsWith(_root, StringComparison.Ordinal) ? path : null;
    }

    /// <summary>Writes <paramref name="content"/> unless the file already holds exactly these bytes; true when it wrote.</summary>
    public static bool WriteIfChanged(string path, byte[] content)
    {
        if (File.Exists(path) && new FileInfo(path).Length == content.Length && File.ReadAllBytes(path).AsSpan().SequenceEqual(content))
        {
            return false;
        }

        var folder = Path.GetDirectoryName(path)!;
        Directory.CreateDirectory(folder);
        var temporary = Path.Combine(folder, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            File.WriteAllBytes(temporary, content);
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }

        return true;
    }

    private static bool IsSafeFileName(string name)
        => name.EndsWith(".yaml", StringComparison.Ordinal) && name[0] != '.'
            && name.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-' or '.' or '_');
}
