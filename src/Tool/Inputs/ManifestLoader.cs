using System.Diagnostics;
using System.Globalization;
using EnvoyGateway.Dsl.Tool.Reporting;

namespace EnvoyGateway.Dsl.Tool.Inputs;

/// <summary>
/// Reads every input file with the library's strict parser into one <see cref="ManifestSet"/>, in input
/// order (<c>-</c> reads <paramref name="standardInput"/>, named <c>&lt;stdin&gt;</c>). A file the parser refuses
/// becomes a <see cref="Finding"/> with the parser's position, and the other files are still read so that
/// one run reports every unreadable file. <paramref name="release"/> is the Envoy Gateway release the
/// YAML is read for (<c>--envoy-gateway-version</c>).
/// </summary>
internal sealed class ManifestLoader(TextReader standardInput, TextWriter progress, bool quiet, EnvoyGatewayVersion release)
{
    // Below this a file reads in well under a second: no progress line.
    private const long ProgressThresholdBytes = 1024 * 1024;

    public ManifestSet Resources { get; } = [];

    public List<Finding> Errors { get; } = [];

    public IReadOnlyList<string> Files { get; private set; } = [];

    public void Load(IEnumerable<string> paths)
    {
        var (files, missing) = InputFiles.Expand(paths);
        foreach (var path in missing)
        {
            Errors.Add(Finding.FromUnreadableInput(path, "no such file or folder"));
        }

        Files = [.. files.Select(file => file.Name)];
        foreach (var file in files)
        {
            LoadFile(file);
        }
    }

    private void LoadFile(InputFile input)
    {
        var file = input.Name;
        string text;
        try
        {
            text = input.IsStandardInput ? standardInput.ReadToEnd() : File.ReadAllText(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Errors.Add(Finding.FromUnreadableInput(file, e.Message));
            return;
        }

        var started = Stopwatch.GetTimestamp();
        try
        {
            Resources.AddRange(Parse(text, file));
        }
        catch (ManifestParseException e)
        {
            Errors.Add(Finding.FromParseError(e, file));
            return;
        }

        if (!quiet && text.Length >= ProgressThresholdBytes)
        {
            progress.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Read {file}: {Resources.Count:N0} resources so far, {Stopwatch.GetElapsedTime(started).TotalMilliseconds:N0} ms"));
        }
    }

    /// <summary>
    /// The one place the selected release reaches the reader. RELEASE-MERGE: pass <see cref="Release"/> to
    /// ManifestSet.Parse when the reader takes it (helper "reader": ParseOptions).
    /// </summary>
    private static ManifestSet Parse(string text, string file) => ManifestSet.Parse(text, file);

    /// <summary>The Envoy Gateway release the inputs are read and checked for.</summary>
    public EnvoyGatewayVersion Release { get; } = release;
}
