using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Text;
using EnvoyGateway.Dsl.Serialization;

namespace EnvoyGateway.Dsl.Emitter;

/// <summary>
/// One emitter run: load the project's assembly, find and evaluate its sets, validate them, and, only
/// when nothing is an error, write the manifests and the stamp; then print the summary line.
/// </summary>
internal sealed class ManifestEmitter(EmitSettings settings, IBuildLog log)
{
    private readonly SourceLocator _sources = new(SourcePathMap.Parse(settings.PathMap), settings.ProjectDirectory);
    private readonly WarningPolicy _warnings = WarningPolicy.From(settings);
    private readonly Cel.SuppressedCelRules _suppressedCelRules = Cel.SuppressedCelRules.Parse(settings.SuppressedCelRules);
    private bool _failed;
    private CompilerFindings? _compilerFindings;

    /// <summary>0 when the manifests were written, 1 when errors were reported and nothing was written.</summary>
    public int Run()
    {
        if (settings.Release is not { } release)
        {
            Report(BuildDiagnostic.WithoutLocation(ValidationSeverity.Error, BuildDiagnosticIds.UnsupportedRelease,
                $"EnvoyGatewayVersion {EnvoyGatewayVersion.UnsupportedMessage(settings.ReleaseText)}"));
            return 1;
        }

        var phases = new PhaseTimer();
        var sets = LoadSets();
        phases.End("load and run the project's code");
        var planned = new List<PlannedFile>();
        var resources = 0;
        foreach (var set in sets)
        {
            Validate(set, release);
            phases.End("validate");
            planned.AddRange(Plan(set, release));
            phases.End("serialise");
            resources += set.Resources.Count;
        }

        if (_failed)
        {
            return 1;
        }

        var output = new OutputFolder(settings.OutputRoot);
        WriteResult result;
        try
        {
            result = output.Write(planned);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            log.Report(BuildDiagnostic.WithoutLocation(ValidationSeverity.Error, BuildDiagnosticIds.WriteFailed, $"Writing the manifests to {settings.OutputRoot} failed: {ex.Message}"));
            return 1;
        }

        phases.End("write");
        phases.Print();
        if (settings.StampPath is { } stamp)
        {
            // The targets re-run the emitter when the record it names is gone (output folder deleted).
            Directory.CreateDirectory(Path.GetDirectoryName(stamp)!);
            File.WriteAllText(stamp, File.Exists(output.RecordPath) ? output.RecordPath + "\n" : "");
        }

        log.Summary(Summary(sets.Count, resources, result, SinceProcessStart()));
        return 0;
    }

    public string Summary(int sets, int resources, WriteResult result, TimeSpan elapsed)
        => string.Create(CultureInfo.InvariantCulture,
            $"EnvoyGateway.Dsl: {Count(sets, "set")}, {Count(resources, "resource")} → {Path.TrimEndingDirectorySeparator(settings.OutputRoot)} ({result.Written} written, {result.Unchanged} unchanged, {result.Removed} removed) in {(long)elapsed.TotalMilliseconds} ms");

    private IReadOnlyList<DiscoveredSet> LoadSets()
    {
        Assembly assembly;
        IReadOnlyList<SetMember> members;
        try
        {
            assembly = new UserCodeLoadContext(settings.References).LoadUserAssembly(settings.AssemblyPath);
            members = SetDiscovery.FindMembers(assembly);
        }
        catch (Exception ex) when (ex is IOException or BadImageFormatException or TypeLoadException or ReflectionTypeLoadException)
        {
            Report(BuildDiagnostic.WithoutLocation(ValidationSeverity.Error, BuildDiagnosticIds.LoadFailed, $"Cannot load {settings.AssemblyPath} to find its manifest sets: {ex.Message}"));
            return [];
        }

        return SetDiscovery.Evaluate(members, assembly, _sources, Report);
    }

    private void Validate(DiscoveredSet set, EnvoyGatewayVersion release)
    {
        var compilerFindings = _compilerFindings ??= CompilerFindings.Read(settings.ErrorLog, _sources);
        foreach (var finding in set.Resources.Validate(release))
        {
            if (finding.Properties.TryGetValue(Cel.CelRuleInfo.PropertyName, out var celRule) && _suppressedCelRules.Contains(celRule))
            {
                continue;
            }

            var severity = _warnings.Apply(finding.Id, finding.Severity);
            if (severity is not { } reported)
            {
                continue;
            }

            var message = $"{finding.Message} [{finding.Resource} in {set.Member}]";
            if (finding.File is { } file && finding.Line is { } line)
            {
                var site = _sources.Locate(file, line);
                if (!compilerFindings.Contains(finding.Id, site))
                {
                    Report(new BuildDiagnostic(reported, finding.Id, site.File, site.Line, finding.Column ?? site.Column, message));
                }
            }
            else
            {
                Report(BuildDiagnostic.WithoutLocation(reported, finding.Id, message));
            }
        }
    }

    private IEnumerable<PlannedFile> Plan(DiscoveredSet set, EnvoyGatewayVersion release)
    {
        if (!ManifestFileNames.IsSafeFolder(set.Name))
        {
            Report(BuildDiagnostic.WithoutLocation(ValidationSeverity.Error, BuildDiagnosticIds.UnsafeFileName, $"{set.Member}: '{set.Name}' cannot be a folder name."));
            yield break;
        }

        var names = new Dictionary<string, KubernetesObject>(StringComparer.OrdinalIgnoreCase);
        var inOrder = new List<string>();
        // Serialising is most of the work for large sets: spread it over the cores, keep the set order.
        var contents = set.Resources.AsParallel().AsOrdered().Select(resource => YamlWriter.WriteUtf8(resource, release)).ToList();
        for (var i = 0; i < set.Resources.Count; i++)
        {
            var resource = set.Resources[i];
            var fileName = ManifestFileNames.For(resource);
            if (fileName is null)
            {
                // Validation reports the bad name (EG5001/EG5002) as an error, so nothing is written anyway.
                Report(BuildDiagnostic.WithoutLocation(ValidationSeverity.Error, BuildDiagnosticIds.UnsafeFileName, $"{resource} in {set.Member} has no name or namespace usable as a file name."));
                continue;
            }

            if (!names.TryAdd(fileName, resource))
            {
                Report(BuildDiagnostic.WithoutLocation(ValidationSeverity.Error, BuildDiagnosticIds.UnsafeFileName, $"{resource} and {names[fileName]} in {set.Member} would both be written to {fileName}."));
                continue;
            }

            inOrder.Add(fileName);
            yield return new PlannedFile(set.Name, fileName, contents[i]);
        }

        yield return new PlannedFile(set.Name, ManifestFileNames.Kustomization, Encoding.UTF8.GetBytes(KustomizationFile.Render(set.Member, inOrder)));
    }

    private void Report(BuildDiagnostic diagnostic)
    {
        _failed |= diagnostic.Severity == ValidationSeverity.Error;
        log.Report(diagnostic);
    }

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : string.Create(CultureInfo.InvariantCulture, $"{n} {noun}s");

    /// <summary>Time since the process started: the summary tells the whole cost of the step, runtime start-up included.</summary>
    private static TimeSpan SinceProcessStart()
    {
        using var process = Process.GetCurrentProcess();
        return DateTime.Now - process.StartTime;
    }
}
