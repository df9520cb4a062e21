namespace EnvoyGateway.Dsl.Emitter;

/// <summary>
/// What the targets tell the emitter, read from the settings file they write in obj/ (one
/// <c>key=value</c> per line, <c>reference</c> repeated). The file is also an input of the incremental
/// target: a changed property re-runs the emitter.
/// </summary>
internal sealed record EmitSettings
{
    /// <summary>The compiled project assembly (obj/…/Project.dll).</summary>
    public required string AssemblyPath { get; init; }

    /// <summary>The project folder: relative paths and PathMap'd source paths resolve against it.</summary>
    public required string ProjectDirectory { get; init; }

    /// <summary>Output root: one folder per set below it.</summary>
    public required string OutputRoot { get; init; }

    /// <summary>
    /// <c>$(EnvoyGatewayVersion)</c> as written (empty: the default). The targets refuse an unsupported
    /// value before compiling; the emitter checks again (EG9007) for a settings file written otherwise.
    /// </summary>
    public string ReleaseText { get; init; } = "";

    /// <summary>The release to validate and write for; null when <see cref="ReleaseText"/> is not a supported one.</summary>
    public EnvoyGatewayVersion? Release
        => ReleaseText.Length == 0 ? EnvoyGatewayVersion.Default
            : EnvoyGatewayVersion.TryParse(ReleaseText, out var release) ? release : null;

    /// <summary>Written after a successful run; the target's incremental output.</summary>
    public string? StampPath { get; init; }

    /// <summary>The compiler's SARIF log (<c>$(ErrorLog)</c>, possibly with <c>,version=2.1</c>).</summary>
    public string? ErrorLog { get; init; }

    /// <summary>The compiler's <c>$(PathMap)</c>: <c>from=to,from=to</c>.</summary>
    public string PathMap { get; init; } = "";

    public string NoWarn { get; init; } = "";

    /// <summary><c>$(EnvoyGatewaySuppressedCelRules)</c>: keys of CEL rules (EG2100) not to report.</summary>
    public string SuppressedCelRules { get; init; } = "";

    public string WarningsAsErrors { get; init; } = "";

    public string WarningsNotAsErrors { get; init; } = "";

    public bool TreatWarningsAsErrors { get; init; }

    /// <summary>Resolved references of the project, implementation assemblies first.</summary>
    public IReadOnlyList<string> References { get; init; } = [];

    public static EmitSettings Read(string path) => Parse(File.ReadAllLines(path));

    public static EmitSettings Parse(IEnumerable<string> lines)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var references = new List<string>();
        foreach (var line in lines)
        {
            var equals = line.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                continue;
            }

            var key = line[..equals].Trim();
            var value = line[(equals + 1)..].Trim();
            if (key == "reference")
            {
                if (value.Length > 0)
                {
                    references.Add(value);
                }
            }
            else
            {
                values[key] = value;
            }
        }

        string Required(string key) => values.TryGetValue(key, out var v) && v.Length > 0
            ? v
            : throw new FormatException($"EnvoyGateway.Dsl emitter settings lack '{key}'.");
        string Optional(string key) => values.TryGetValue(key, out var v) ? v : "";

        return new EmitSettings
        {
            AssemblyPath = Required("assembly"),
            ProjectDirectory = Required("projectDirectory"),
            OutputRoot = Required("outputRoot"),
            ReleaseText = Optional("envoyGatewayVersion"),
            StampPath = NullIfEmpty(Optional("stamp")),
            ErrorLog = NullIfEmpty(Optional("errorLog")),
            PathMap = Optional("pathMap"),
            NoWarn = Optional("noWarn"),
            SuppressedCelRules = Optional("suppressedCelRules"),
            WarningsAsErrors = Optional("warningsAsErrors"),
            WarningsNotAsErrors = Optional("warningsNotAsErrors"),
            TreatWarningsAsErrors = string.Equals(Optional("treatWarningsAsErrors"), "true", StringComparison.OrdinalIgnoreCase),
            References = references,
        };
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
