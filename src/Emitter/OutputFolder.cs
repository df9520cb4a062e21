using System.Buffers;
using System.Runtime.ExceptionServices;
using System.Security.Cryptography;
using System.Text;

namespace EnvoyGateway.Dsl.Emitter;

/// <summary>
/// Writes the planned files below the output root: only files whose bytes changed (no churn for GitOps
/// diffs or file watchers; a file whose size and time match the record is known unchanged without
/// reading it), each atomically (a temporary file in the same folder, then a rename), and removes the
/// files it wrote earlier that are no longer planned. Nothing outside its own record is touched, and no
/// path outside the root is ever written or deleted.
/// </summary>
/// <remarks>
/// Written for the file system's sake: into an empty folder (every CI build) each file costs exactly
/// one create, one write, one status read of the open handle and one rename; set folders are created
/// once, and a folder this run created is known to hold nothing to compare with. Files are checked in
/// parallel and written one after the other (see <see cref="Write"/>).
/// </remarks>
internal sealed class OutputFolder
{
    private static readonly SearchValues<char> SafeFileNameChars = SearchValues.Create("abcdefghijklmnopqrstuvwxyz0123456789-._");

    private readonly string _root;

    // One random token per run: temporaries of concurrent runs never collide, and the target's name in
    // each temporary's name makes it unique within the run.
    private readonly string _temporarySuffix = "." + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8)) + ".tmp";

    public OutputFolder(string root)
    {
        _root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root)) + Path.DirectorySeparatorChar;
    }

    public string RecordPath => _root + WriteRecord.FileName;

    public WriteResult Write(IReadOnlyList<PlannedFile> files)
    {
        var (previous, previousBytes) = ReadRecord();
        // Every path is checked before anything is written: one unsafe path writes nothing at all.
        var paths = PathsOf(files);
        var createdFolders = CreateFolders(paths);
        // Checking is independent per file and takes no directory lock: all cores. Writing creates and
        // renames in the set's folder, which the kernel serialises per folder: one after the other
        // (measured on 2 cores: in parallel the write phase took 1.4x as long, in contention for that lock).
        var record = new RecordEntry?[files.Count];
        var hashesToRecord = new string?[files.Count];
        RunInParallel(files.Count, i =>
        {
            var inCreatedFolder = createdFolders.Contains(Path.GetDirectoryName(paths[i])!);
            record[i] = AlreadyInPlace(files[i], paths[i], previous.GetValueOrDefault(files[i].RelativePath), inCreatedFolder);
            hashesToRecord[i] = record[i] is null ? RecordEntry.HashOf(files[i].Content) : null;
        });
        var wrote = new bool[files.Count];
        for (var i = 0; i < files.Count; i++)
        {
            if (hashesToRecord[i] is { } hash)
            {
                var ticks = WriteAtomically(paths[i], files[i].Content);
                record[i] = new RecordEntry(files[i].RelativePath, hash, files[i].Content.Length, ticks);
                wrote[i] = true;
            }
        }

        int written = 0, unchanged = 0, removed = 0;
        for (var i = 0; i < files.Count; i++)
        {
            if (files[i].IsResource)
            {
                _ = wrote[i] ? written++ : unchanged++;
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
            var entries = record.Select(e => e!).ToArray();
            Array.Sort(entries, (a, b) => string.CompareOrdinal(a.Path, b.Path));
            var recordBytes = WriteRecord.Render(entries);
            if (!recordBytes.AsSpan().SequenceEqual(previousBytes))
            {
                WriteAtomically(RecordPath, recordBytes);
            }
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
        return parts.Length == 2 && IsSafeFileName(parts[1]) && ResolveFolder(parts[0]) is { } folder ? folder + parts[1] : null;
    }

    /// <summary>The full path of a set's folder below the root, ending in a separator, or null when <paramref name="set"/> is not a safe folder name.</summary>
    private string? ResolveFolder(string set)
    {
        if (!ManifestFileNames.IsSafeFolder(set))
        {
            return null;
        }

        var folder = Path.GetFullPath(Path.Combine(_root, set)) + Path.DirectorySeparatorChar;
        return folder.StartsWith(_root, StringComparison.Ordinal) && folder.Length > _root.Length ? folder : null;
    }

    private (Dictionary<string, RecordEntry> Entries, byte[] Bytes) ReadRecord()
    {
        var entries = new Dictionary<string, RecordEntry>(StringComparer.Ordinal);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(RecordPath);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return (entries, []);
        }

        // The last line wins should a hand-edited record name a path twice.
        foreach (var entry in WriteRecord.Parse(Encoding.UTF8.GetString(bytes)))
        {
            entries[entry.Path] = entry;
        }

        return (entries, bytes);
    }

    /// <summary>
    /// The full path of each planned file, every one checked (as <see cref="Resolve"/> does) before
    /// anything is written; a set's folder is resolved once, not once per file.
    /// </summary>
    private string[] PathsOf(IReadOnlyList<PlannedFile> files)
    {
        var folders = new Dictionary<string, string?>(StringComparer.Ordinal);
        var paths = new string[files.Count];
        for (var i = 0; i < files.Count; i++)
        {
            var file = files[i];
            if (!folders.TryGetValue(file.Set, out var folder))
            {
                folder = ResolveFolder(file.Set);
                folders[file.Set] = folder;
            }

            // A safe file name has no separator and does not start with '.', so it stays in its folder.
            paths[i] = folder is not null && IsSafeFileName(file.FileName) ? folder + file.FileName
                : throw new InvalidOperationException($"Refusing to write '{file.RelativePath}': not a plain <set>/<file>.yaml path below {_root}.");
        }

        return paths;
    }

    /// <summary>Creates each set folder once (not once per file); returns those that did not exist, which hold nothing yet.</summary>
    private static HashSet<string> CreateFolders(IEnumerable<string> paths)
    {
        var created = new HashSet<string>(StringComparer.Ordinal);
        foreach (var folder in paths.Select(p => Path.GetDirectoryName(p)!).Distinct(StringComparer.Ordinal))
        {
            if (!Directory.Exists(folder))
            {
                Directory.CreateDirectory(folder);
                created.Add(folder);
            }
        }

        return created;
    }

    /// <summary>The record entry of a planned file that is already in place (its bytes on disk), or null when it must be written.</summary>
    private static RecordEntry? AlreadyInPlace(PlannedFile file, string path, RecordEntry? recorded, bool inCreatedFolder)
    {
        if (inCreatedFolder)
        {
            return null;
        }

        var existing = new FileInfo(path);
        if (!existing.Exists)
        {
            return null;
        }

        if (recorded is not null && recorded.StateMatches(existing))
        {
            // Untouched since it was recorded, so it holds the recorded bytes: no need to read it.
            return recorded.HashMatches(file.Content) ? recorded : null;
        }

        return HoldsExactly(existing, file.Content)
            ? new RecordEntry(file.RelativePath, RecordEntry.HashOf(file.Content), existing.Length, existing.LastWriteTimeUtc.Ticks)
            : null;
    }

    private static bool HoldsExactly(FileInfo file, byte[] content)
        => file.Length == content.Length && File.ReadAllBytes(file.FullName).AsSpan().SequenceEqual(content);

    /// <summary>
    /// Writes a temporary file next to <paramref name="path"/> and renames it over the target, so that a
    /// reader sees the old or the new file, never a part. Returns the written file's last write time.
    /// </summary>
    private long WriteAtomically(string path, byte[] content)
    {
        var temporary = Path.Join(Path.GetDirectoryName(path.AsSpan()), "." + Path.GetFileName(path) + _temporarySuffix);
        try
        {
            long ticks;
            // CreateNew: never opens an existing file, so there is nothing to truncate; no preallocation
            // (File.WriteAllBytes asks for one): the content is written in one call anyway.
            using (var handle = File.OpenHandle(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                RandomAccess.Write(handle, content, 0);
                // The rename keeps the file's times: the time read from the handle is the target's.
                ticks = File.GetLastWriteTimeUtc(handle).Ticks;
            }

            File.Move(temporary, path, overwrite: true);
            return ticks;
        }
        catch
        {
            // Only on failure: after a successful rename the temporary no longer exists.
            TryDelete(temporary);
            throw;
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The original failure is the one worth reporting.
        }
    }

    /// <summary>Runs <paramref name="body"/> for 0..count-1 on all cores; a failure surfaces as itself, not wrapped.</summary>
    private static void RunInParallel(int count, Action<int> body)
    {
        try
        {
            Parallel.For(0, count, body);
        }
        catch (AggregateException ex)
        {
            ExceptionDispatchInfo.Throw(ex.InnerExceptions[0]);
        }
    }

    private static bool IsSafeFileName(string name)
        => name.EndsWith(".yaml", StringComparison.Ordinal) && name[0] != '.'
            && !name.AsSpan().ContainsAnyExcept(SafeFileNameChars);
}
