namespace EnvoyGateway.Dsl.Tool.Reporting;

/// <summary>
/// One line of a report: a rule finding from <see cref="ManifestSet.Validate()"/>, or an input the tool
/// could not read (a parse error, a missing file). Both print in the canonical
/// <c>file(line,col): error ID: message</c> form that editors and CI logs link to the source.
/// </summary>
internal sealed record Finding(
    string Id,
    ValidationSeverity Severity,
    string Message,
    string Path,
    string? File,
    int? Line,
    int? Column,
    string HelpLink,
    string? Resource)
{
    /// <summary>The input is not a manifest the parser accepts.</summary>
    public const string ParseErrorId = "EGDSL001";

    /// <summary>An input path does not exist or cannot be read.</summary>
    public const string InputErrorId = "EGDSL002";

    private const string CliHelpLink = "https://github.com/envoygateway-dsl/envoygateway-dsl/blob/main/docs/cli.md";

    public static Finding FromDiagnostic(ValidationDiagnostic diagnostic, bool warningsAsErrors) => new(
        diagnostic.Id,
        warningsAsErrors && diagnostic.Severity == ValidationSeverity.Warning ? ValidationSeverity.Error : diagnostic.Severity,
        diagnostic.Message,
        diagnostic.Path,
        diagnostic.File,
        diagnostic.Line,
        diagnostic.Column,
        diagnostic.HelpLink,
        diagnostic.Resource);

    public static Finding FromParseError(ManifestParseException error, string file)
    {
        var at = error.FieldPath.Length > 0 ? $" (at {error.FieldPath})" : "";
        return new(ParseErrorId, ValidationSeverity.Error, error.Reason + at, error.FieldPath, file,
            error.Line > 0 ? error.Line : null, error.Column > 0 ? error.Column : null, CliHelpLink + "#exit-codes-and-errors", null);
    }

    public static Finding FromUnreadableInput(string file, string reason)
        => new(InputErrorId, ValidationSeverity.Error, reason, "", file, null, null, CliHelpLink + "#exit-codes-and-errors", null);

    public string SeverityText => CanonicalDiagnostic.SeverityText(Severity);

    /// <summary>The canonical MSBuild form: <c>file(line,col): error ID: message</c>.</summary>
    public override string ToString() => CanonicalDiagnostic.Format(File, Line, Column, Severity, Id, Message);
}
