namespace EnvoyGateway.Dsl.Emitter;

/// <summary>Where the emitter reports findings and its one-line summary.</summary>
internal interface IBuildLog
{
    void Report(BuildDiagnostic diagnostic);

    void Summary(string line);
}

/// <summary>
/// Errors, warnings and the summary go to stdout (the targets log it at high importance; Exec turns
/// canonical lines into real errors and warnings); infos go to stderr (logged at normal importance,
/// like the compiler's hidden infos they stay out of a default build log).
/// </summary>
internal sealed class ConsoleBuildLog(TextWriter stdout, TextWriter stderr) : IBuildLog
{
    public void Report(BuildDiagnostic diagnostic)
        => (diagnostic.Severity == ValidationSeverity.Info ? stderr : stdout).WriteLine(diagnostic.ToCanonical());

    public void Summary(string line) => stdout.WriteLine(line);
}
