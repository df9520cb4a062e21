namespace EnvoyGateway.Dsl.Generator.Cel;

internal enum CelTokenKind
{
    End,
    Identifier,
    Int,
    Uint,
    Double,
    String,
    Bytes,

    /// <summary>Punctuation and operators: the token's <see cref="CelToken.Text"/> says which.</summary>
    Symbol,
}

/// <summary>One token at a character offset. <see cref="Value"/> is the decoded literal (long, ulong, double, string, byte[]).</summary>
internal sealed record CelToken(CelTokenKind Kind, string Text, int Offset, object? Value = null)
{
    public bool Is(string symbol) => Kind == CelTokenKind.Symbol && Text == symbol;

    public override string ToString() => Kind == CelTokenKind.End ? "end of expression" : $"'{Text}'";
}
