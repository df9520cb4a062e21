namespace EnvoyGateway.Dsl;

/// <summary>
/// Raised by <see cref="ManifestSet.Parse(string)"/> for input that is not a valid manifest; the message
/// names the source, line, column and field path.
/// </summary>
public sealed class ManifestParseException : FormatException
{
    /// <summary>Creates the exception; <paramref name="reason"/> is what is wrong and how to fix it.</summary>
    public ManifestParseException(string? sourceName, int line, int column, string fieldPath, string reason, Exception? inner = null)
        : base(Format(sourceName, line, column, fieldPath, reason), inner)
    {
        SourceName = sourceName;
        Line = line;
        Column = column;
        FieldPath = fieldPath;
        Reason = reason;
    }

    /// <summary>The file name or source name given to the parser, if any.</summary>
    public string? SourceName { get; }

    /// <summary>1-based line of the offending node.</summary>
    public int Line { get; }

    /// <summary>1-based column of the offending node.</summary>
    public int Column { get; }

    /// <summary>Field path of the offending node, e.g. <c>spec.rateLimit.global.rules[0].limit.requests</c>; empty at document level.</summary>
    public string FieldPath { get; }

    /// <summary>What is wrong, without the position.</summary>
    public string Reason { get; }

    private static string Format(string? sourceName, int line, int column, string fieldPath, string reason)
    {
        var at = fieldPath.Length > 0 ? $" at {fieldPath}" : "";
        return $"{sourceName ?? "<yaml>"}({line},{column}): {reason}{at}";
    }
}
