namespace EnvoyGateway.Dsl;

/// <summary>
/// Where a model object came from: the C# source line that constructed it (captured by caller-info
/// attributes), or the YAML file, line and column it was parsed from.
/// </summary>
/// <param name="File">The source file path, or the YAML source name; empty when unknown.</param>
/// <param name="Line">1-based line, or 0 when unknown.</param>
/// <param name="Column">1-based column, or 0 when unknown (C# caller info has no column).</param>
public readonly record struct SourceLocation(string File, int Line, int Column)
{
    /// <summary>True when a file and a line are known.</summary>
    public bool IsKnown => File.Length > 0 && Line > 0;

    /// <inheritdoc />
    public override string ToString() => Column > 0 ? $"{File}({Line},{Column})" : $"{File}({Line})";
}
