using System.Globalization;

namespace EnvoyGateway.Dsl;

/// <summary>
/// The canonical MSBuild form <c>file(line,col): error ID: message</c> that IDEs and CI logs link to
/// the source; shared by <see cref="ValidationDiagnostic"/>, the build emitter and the CLI.
/// </summary>
internal static class CanonicalDiagnostic
{
    public static string SeverityText(ValidationSeverity severity) => severity switch
    {
        ValidationSeverity.Error => "error",
        ValidationSeverity.Warning => "warning",
        _ => "info",
    };

    /// <summary>The origin is left out without a file, and shortened without a line or column.</summary>
    public static string Format(string? file, int? line, int? column, ValidationSeverity severity, string id, string message)
    {
        var origin = file is null ? "" : line is null ? file + ": " : column is null
            ? string.Create(CultureInfo.InvariantCulture, $"{file}({line}): ")
            : string.Create(CultureInfo.InvariantCulture, $"{file}({line},{column}): ");
        return $"{origin}{SeverityText(severity)} {id}: {message}";
    }
}
