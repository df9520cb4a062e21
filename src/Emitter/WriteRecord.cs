using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace EnvoyGateway.Dsl.Emitter;

/// <summary>
/// One written file: its path below the root, and the hash, size and last write time it had when the
/// emitter wrote or checked it. Like git's index, a file whose size and time still match needs no
/// reading to know it holds the recorded content.
/// </summary>
internal sealed record RecordEntry(string Path, string Hash, long Length, long LastWriteTicks)
{
    public static string HashOf(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));

    /// <summary>The file has the size and time recorded: nobody wrote it since, so it holds the bytes hashed as <see cref="Hash"/>.</summary>
    public bool StateMatches(FileInfo file)
        => file.Exists && file.Length == Length && file.LastWriteTimeUtc.Ticks == LastWriteTicks;
}

/// <summary>
/// <c>&lt;root&gt;/.egdsl-files</c>: the files the emitter wrote, one a line (<c>path hash size ticks</c>,
/// tab-separated). It lives with the output (not in obj/) so that <c>dotnet clean</c> or a fresh clone
/// cannot make the emitter forget what it owns: it removes only files listed here, never anything else.
/// </summary>
internal static class WriteRecord
{
    public const string FileName = ".egdsl-files";
    private const string Header = "# Files written by EnvoyGateway.Dsl (path, sha256, size, write time); it removes them when their resources go. Do not edit.";

    public static IReadOnlyList<RecordEntry> Parse(string text)
    {
        var entries = new List<RecordEntry>();
        foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (line.StartsWith('#'))
            {
                continue;
            }

            // A line that is only a path still names a file we own; it just has no cached state.
            var fields = line.Split('\t');
            entries.Add(fields.Length == 4
                && long.TryParse(fields[2], NumberStyles.None, CultureInfo.InvariantCulture, out var length)
                && long.TryParse(fields[3], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
                ? new RecordEntry(fields[0], fields[1], length, ticks)
                : new RecordEntry(fields[0], "", -1, -1));
        }

        return entries;
    }

    public static string Render(IEnumerable<RecordEntry> entries)
    {
        var text = new StringBuilder(Header).Append('\n');
        foreach (var entry in entries)
        {
            text.Append(CultureInfo.InvariantCulture, $"{entry.Path}\t{entry.Hash}\t{entry.Length}\t{entry.LastWriteTicks}\n");
        }

        return text.ToString();
    }
}
