namespace EnvoyGateway.Dsl.Generator.Cel;

/// <summary>A CEL expression that is not valid CEL (or uses syntax this parser does not take), at a 1-based line and column.</summary>
internal sealed class CelSyntaxException(string reason, int line, int column)
    : Exception($"{reason} (line {line}, column {column})")
{
    public string Reason { get; } = reason;

    public int Line { get; } = line;

    public int Column { get; } = column;

    /// <summary>The exception for a character offset of <paramref name="source"/> (rules from YAML block scalars span lines).</summary>
    public static CelSyntaxException At(string source, int offset, string reason)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < offset && i < source.Length; i++)
        {
            if (source[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return new CelSyntaxException(reason, line, offset - lineStart + 1);
    }
}
