using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using EnvoyGateway.Dsl.Cel;
using EnvoyGateway.Dsl.Tool.Inputs;
using EnvoyGateway.Dsl.Tool.Reporting;

namespace EnvoyGateway.Dsl.Tool.Validate;

/// <summary>
/// <c>egdsl validate</c>: the whole rule catalog, including the whole-set rules across all inputs, over
/// YAML written by anyone. Findings go to stdout (text or JSON), progress and the summary to stderr.
/// </summary>
internal static class ValidateCommand
{
    private static readonly Argument<string[]> Paths = new("paths")
    {
        Description = "YAML files, folders searched recursively for *.yaml and *.yml, or - for standard input.",
        Arity = ArgumentArity.OneOrMore,
    };

    private static readonly Option<ReportFormat> Format = new("--format")
    {
        Description = "text: one 'file(line,col): error ID: message' line per finding; json: one array for machines.",
        DefaultValueFactory = _ => ReportFormat.Text,
    };

    private static readonly Option<bool> WarningsAsErrors = new("--warnaserror")
    {
        Description = "Report warnings as errors (and exit 1 on them).",
    };

    private static readonly Option<bool> Quiet = new("--quiet", "-q")
    {
        Description = "No progress or summary on stderr.",
    };

    private static readonly Option<bool> ShowInfo = new("--show-info")
    {
        Description = "Also report infos (such as EG5006, a resource without a namespace), which are hidden by default.",
    };

    private static readonly Option<EnvoyGatewayVersion> Release = ReleaseOption.Create();

    private static readonly Option<string[]> SuppressCelRule = new("--suppress-cel-rule")
    {
        Description = "Do not report this CEL rule (EG2100), by the key its findings name, e.g. BackendTrafficPolicy.spec.faultInjection@7800cbef; repeatable.",
        Arity = ArgumentArity.ZeroOrMore,
    };

    public static Command Create(TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        var command = new Command("validate", "Check Envoy Gateway and Gateway API YAML against the whole rule catalog; other kinds are set aside.")
        {
            Paths, Format, WarningsAsErrors, Quiet, ShowInfo, Release, SuppressCelRule,
        };
        command.SetAction(result => Run(
            result.GetRequiredValue(Paths),
            result.GetRequiredValue(Release),
            SuppressedCelRules.Of(result.GetValue(SuppressCelRule) ?? []),
            result.GetValue(Format),
            result.GetValue(WarningsAsErrors),
            result.GetValue(Quiet),
            result.GetValue(ShowInfo),
            stdin,
            stdout,
            stderr));
        return command;
    }

    public static IReadOnlyList<string> Examples { get; } =
    [
        "egdsl validate deploy/policies.yaml",
        "egdsl validate deploy/ --warnaserror",
        "egdsl validate deploy/ --envoy-gateway-version 1.4",
        "egdsl validate deploy/ --suppress-cel-rule BackendTrafficPolicy.spec.faultInjection@7800cbef",
        "egdsl validate helm-output.yaml --format json > findings.json",
        "helm template chart | egdsl validate -",
    ];

    private static int Run(string[] paths, EnvoyGatewayVersion release, SuppressedCelRules suppressed, ReportFormat format, bool warningsAsErrors, bool quiet, bool showInfo, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        var started = Stopwatch.GetTimestamp();
        var loader = new ManifestLoader(stdin, stderr, quiet, release);
        loader.Load(paths);
        if (!quiet && loader.SetAsideSummary is { } setAside)
        {
            stderr.WriteLine(setAside);
        }

        // Report order: files as given, then line and column; set rules (reported last) join their file.
        // An unreadable document is an error at its position; the readable ones are still validated.
        var fileRank = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var file in loader.Files)
        {
            fileRank.TryAdd(file, fileRank.Count);
        }

        var findings = loader.Resources.Validate(release)
            .Where(d => showInfo || d.Severity != ValidationSeverity.Info)
            .Where(d => !d.Properties.TryGetValue(CelRuleInfo.PropertyName, out var celRule) || !suppressed.Contains(celRule))
            .Select(d => Finding.FromDiagnostic(d, warningsAsErrors))
            .Concat(loader.Errors)
            .OrderBy(f => f.File is { } file && fileRank.TryGetValue(file, out var rank) ? rank : int.MaxValue)
            .ThenBy(f => f.Line ?? 0)
            .ThenBy(f => f.Column ?? 0)
            .ToList();
        Report(findings, format, stdout);

        var errors = findings.Count(f => f.Severity == ValidationSeverity.Error);
        if (!quiet)
        {
            var warnings = findings.Count(f => f.Severity == ValidationSeverity.Warning);
            var unread = loader.Errors.Count > 0 ? string.Create(CultureInfo.InvariantCulture, $"; could not read {Counted.Of(loader.Errors.Count, "document")} (reported as errors)") : "";
            stderr.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Validated {Counted.Of(loader.Resources.Count, "resource")} from {Counted.Of(loader.Files.Count, "file")} in {Stopwatch.GetElapsedTime(started).TotalMilliseconds:N0} ms: {Counted.Of(errors, "error")}, {Counted.Of(warnings, "warning")}{unread}"));
        }

        return loader.Errors.Count > 0 ? ExitCodes.InputError : errors > 0 ? ExitCodes.Findings : ExitCodes.Success;
    }

    private static void Report(IReadOnlyList<Finding> findings, ReportFormat format, TextWriter stdout)
    {
        if (format == ReportFormat.Json)
        {
            JsonReport.Write(stdout, findings);
            return;
        }

        foreach (var finding in findings)
        {
            stdout.WriteLine(finding.ToString());
        }
    }
}
