namespace EnvoyGateway.Dsl.Emitter;

/// <summary>
/// The project's <c>NoWarn</c>, <c>WarningsAsErrors</c>, <c>WarningsNotAsErrors</c> and
/// <c>TreatWarningsAsErrors</c>, applied as the compiler applies them: errors stay errors, NoWarn hides
/// warnings and infos, promoted warnings become errors (and so stop the writing).
/// </summary>
internal sealed class WarningPolicy(string noWarn, string warningsAsErrors, string warningsNotAsErrors, bool treatWarningsAsErrors)
{
    private readonly HashSet<string> _noWarn = Ids(noWarn);
    private readonly HashSet<string> _asErrors = Ids(warningsAsErrors);
    private readonly HashSet<string> _notAsErrors = Ids(warningsNotAsErrors);

    public static WarningPolicy From(EmitSettings settings)
        => new(settings.NoWarn, settings.WarningsAsErrors, settings.WarningsNotAsErrors, settings.TreatWarningsAsErrors);

    /// <summary>The severity to report <paramref name="id"/> with, or null when it is suppressed.</summary>
    public ValidationSeverity? Apply(string id, ValidationSeverity severity)
    {
        if (severity == ValidationSeverity.Error)
        {
            return severity;
        }

        if (_noWarn.Contains(id))
        {
            return null;
        }

        return severity == ValidationSeverity.Warning && (_asErrors.Contains(id) || (treatWarningsAsErrors && !_notAsErrors.Contains(id)))
            ? ValidationSeverity.Error
            : severity;
    }

    private static HashSet<string> Ids(string list)
        => new(list.Split([';', ',', ' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries), StringComparer.OrdinalIgnoreCase);
}
