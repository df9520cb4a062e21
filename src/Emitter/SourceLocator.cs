namespace EnvoyGateway.Dsl.Emitter;

/// <summary>A creation site in the user's source: file (real path), line, column of <c>new</c>, last line of the creation.</summary>
internal readonly record struct CreationSite(string File, int Line, int Column, int EndLine);

/// <summary>
/// Places findings in the user's source: maps PathMap'd paths back, reads each file once, finds the
/// column of the creation and where it ends.
/// </summary>
internal sealed class SourceLocator(SourcePathMap pathMap, string projectDirectory)
{
    private readonly Dictionary<string, string[]?> _files = new(StringComparer.Ordinal);

    public string MapPath(string path)
    {
        var mapped = pathMap.MapBack(path);
        return Path.IsPathRooted(mapped) ? mapped : Path.GetFullPath(Path.Combine(projectDirectory, mapped));
    }

    public CreationSite Locate(string file, int line)
    {
        var path = MapPath(file);
        var lines = Read(path);
        if (lines is null || line < 1 || line > lines.Length)
        {
            return new CreationSite(path, line, 1, line);
        }

        var column = CreationSyntax.FindNewColumn(lines[line - 1]);
        return new CreationSite(path, line, column, CreationSyntax.FindEndLine(lines, line, column));
    }

    private string[]? Read(string path)
    {
        if (!_files.TryGetValue(path, out var lines))
        {
            lines = File.Exists(path) ? File.ReadAllLines(path) : null;
            _files[path] = lines;
        }

        return lines;
    }
}
