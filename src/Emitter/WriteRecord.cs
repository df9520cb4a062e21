using System.Text;

namespace EnvoyGateway.Dsl.Emitter;

/// <summary>
/// <c>&lt;root&gt;/.egdsl-files</c>: the files the emitter wrote last time, one relative path a line. It
/// lives with the output (not in obj/) so that <c>dotnet clean</c> or a fresh clone cannot make the
/// emitter forget what it owns: it removes only files listed here, never anything else in the folder.
/// </summary>
internal static class WriteRecord
{
    public const string FileName = ".egdsl-files";
    private const string Header = "# Files written by EnvoyGateway.Dsl; it removes them when their resources go. Do not edit.";

    public static IReadOnlyList<string> Parse(string text)
        => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(line => !line.StartsWith('#'))
            .ToList();

    public static string Render(IEnumerable<string> relativePaths)
    {
        var text = new StringBuilder(Header).Append('\n');
        foreach (var path in relativePaths)
        {
            text.Append(path).Append('\n');
        }

        return text.ToString();
    }
}
