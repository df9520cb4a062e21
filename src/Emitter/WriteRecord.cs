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
    private const int HashChars = SHA256.HashSizeInBytes * 2;

    public static string HashOf(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));

    /// <summary>True when <paramref name="content"/> hashes to <see cref="Hash"/>; allocates nothing (the common, unchanged case).</summary>
    public bool HashMatches(byte[] content)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        Span<char> hex = stackalloc char[HashChars];
        SHA256.HashData(content, hash);
        return Convert.TryToHexStringLower(hash, hex, out _) && hex.SequenceEqual(Hash);
    }

    /// <summary>The file has the size and time recorded: nobody wrote it since, so it holds the bytes hashed as <see cref="Hash"/>.</summary>
    public bool StateMatches(FileInfo file)
        => file.Exists && file.Length == Length && file.LastWriteTimeUtc.Ticks == LastWriteTicks;
}

/// <summary>
/// <c>&lt;root&gt;/.egdsl-files</c>: the files the emitter wrote, one a line (<c>path hash size ticks</c>,
/// tab-separated). It lives with the output (not in obj/) so that <c>dotnet clean</c> or a fresh clone
/// cannot make the emitter forget what it owns: it removes only files listed here, never anything else.
/// </summary>
/// <remarks>It holds a line per file (10,000 lines for 10,000 resources): parsed and written without splitting or growing buffers.</remarks>
internal static class WriteRecord
{
    public const string FileName = ".egdsl-files";
    private const string Header = "# Files written by EnvoyGateway.Dsl (path, sha256, size, write time); it removes them when their resources go. Do not edit.";

    public static IReadOnlyList<RecordEntry> Parse(string text)
    {
        var entries = new List<RecordEntry>();
        foreach (var rawLine in text.AsSpan().EnumerateLines())
        {
            var line = rawLine.Trim();
            if (line.IsEmpty || line[0] == '#')
            {
                continue;
            }

            entries.Add(ParseLine(line));
        }

        return entries;
    }

    /// <summary>The record's bytes (UTF-8, LF line ends), written into one buffer of the exact size.</summary>
    public static byte[] Render(IReadOnlyCollection<RecordEntry> entries)
    {
        var size = Header.Length + 1;
        foreach (var entry in entries)
        {
            size += Encoding.UTF8.GetByteCount(entry.Path) + Encoding.UTF8.GetByteCount(entry.Hash) + Digits(entry.Length) + Digits(entry.LastWriteTicks) + 4;
        }

        var bytes = new byte[size];
        var at = Encoding.UTF8.GetBytes(Header, bytes);
        bytes[at++] = (byte)'\n';
        foreach (var entry in entries)
        {
            at += Encoding.UTF8.GetBytes(entry.Path, bytes.AsSpan(at));
            bytes[at++] = (byte)'\t';
            at += Encoding.UTF8.GetBytes(entry.Hash, bytes.AsSpan(at));
            bytes[at++] = (byte)'\t';
            at += Format(entry.Length, bytes.AsSpan(at));
            bytes[at++] = (byte)'\t';
            at += Format(entry.LastWriteTicks, bytes.AsSpan(at));
            bytes[at++] = (byte)'\n';
        }

        return bytes;
    }

    private static RecordEntry ParseLine(ReadOnlySpan<char> line)
    {
        Span<Range> fields = stackalloc Range[5];
        var count = line.Split(fields, '\t');
        return count == 4
            && long.TryParse(line[fields[2]], NumberStyles.None, CultureInfo.InvariantCulture, out var length)
            && long.TryParse(line[fields[3]], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
            ? new RecordEntry(line[fields[0]].ToString(), line[fields[1]].ToString(), length, ticks)
            // A line that is only a path still names a file we own; it just has no cached state.
            : new RecordEntry(line[fields[0]].ToString(), "", -1, -1);
    }

    private static int Format(long value, Span<byte> destination)
        => value.TryFormat(destination, out var written, default, CultureInfo.InvariantCulture) ? written
            : throw new InvalidOperationException("The record buffer was sized too small.");

    private static int Digits(long value) => value < 0 ? Digits(-value) + 1 : value < 10 ? 1 : Digits(value / 10) + 1;
}
