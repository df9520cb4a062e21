using System.Diagnostics;
using System.Globalization;
using EnvoyGateway.Dsl.Tool.Reporting;

namespace EnvoyGateway.Dsl.Tool.Inputs;

/// <summary>
/// Reads every input file into one <see cref="ManifestSet"/>, in input order (<c>-</c> reads
/// <paramref name="standardInput"/>, named <c>&lt;stdin&gt;</c>), for the selected Envoy Gateway release
/// (default: the newest). Documents of kinds the DSL does not model are set aside and counted
/// (<see cref="SetAsideByKind"/>); every unreadable document becomes a <see cref="Finding"/> with the parser's
/// position, and the other documents and files are still read. With <paramref name="setAsideOtherKinds"/>
/// false (import, which must reproduce its input exactly) a file is read all or nothing and other kinds are errors.
/// </summary>
internal sealed class ManifestLoader(TextReader standardInput, TextWriter progress, bool quiet, EnvoyGatewayVersion? release = null, bool setAsideOtherKinds = true)
{
    private readonly ParseOptions _options = new() { Release = release ?? EnvoyGatewayVersion.Newest };
    private readonly Dictionary<string, int> _setAside = new(StringComparer.Ordinal);

    // Below this a file reads in well under a second: no progress line.
    private const long ProgressThresholdBytes = 1024 * 1024;

    public ManifestSet Resources { get; } = [];

    public List<Finding> Errors { get; } = [];

    public IReadOnlyList<string> Files { get; private set; } = [];

    /// <summary>Documents of kinds the DSL does not model, counted by kind over every file.</summary>
    public IReadOnlyDictionary<string, int> SetAsideByKind => _setAside;

    /// <summary>"set aside N documents of kinds the DSL does not model: Service ×3, …"; null when none were.</summary>
    public string? SetAsideSummary => ManifestReadResult.SetAsideSummary(_setAside);

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
        if (!setAsideOtherKinds)
        {
            try
            {
                Resources.AddRange(ManifestSet.Parse(text, file, _options));
            }
            catch (ManifestParseException e)
            {
                Errors.Add(Finding.FromParseError(e, file));
                return;
            }
        }
        else
        {
            var read = ManifestSet.Read(text, file, _options);
            Resources.AddRange(read.Resources);
            Errors.AddRange(read.Errors.Select(e => Finding.FromParseError(e, file)));
            foreach (var (kind, count) in read.SetAsideByKind)
            {
                _setAside[kind] = _setAside.GetValueOrDefault(kind) + count;
            }
        }

        if (!quiet && text.Length >= ProgressThresholdBytes)
        {
            progress.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Read {file}: {Resources.Count:N0} resources so far, {Stopwatch.GetElapsedTime(started).TotalMilliseconds:N0} ms"));
        }
    }

    /// <summary>The Envoy Gateway release the inputs are read and checked for.</summary>
    public EnvoyGatewayVersion Release { get; } = release ?? EnvoyGatewayVersion.Newest;
}
