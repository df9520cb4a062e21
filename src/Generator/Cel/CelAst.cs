namespace EnvoyGateway.Dsl.Generator.Cel;

/// <summary>
/// The immutable syntax tree of one CEL expression. <see cref="Offset"/> is the character offset of the
/// node's first token (or of its operator), for messages. Macros are their own nodes, never plain calls.
/// </summary>
internal abstract record CelExpr(int Offset);

internal enum CelLiteralKind
{
    Int,
    Uint,
    Double,
    String,
    Bytes,
    Bool,
    Null,
}

/// <summary>A literal: long, ulong, double, string, byte[], bool or null, as <see cref="Kind"/> says.</summary>
internal sealed record CelLiteral(int Offset, CelLiteralKind Kind, object? Value) : CelExpr(Offset);

internal sealed record CelIdent(int Offset, string Name) : CelExpr(Offset);

/// <summary><c>operand.field</c>.</summary>
internal sealed record CelSelect(int Offset, CelExpr Operand, string Field) : CelExpr(Offset);

/// <summary><c>operand[index]</c>.</summary>
internal sealed record CelIndex(int Offset, CelExpr Operand, CelExpr Index) : CelExpr(Offset);

/// <summary>A function (<see cref="Target"/> null: <c>size(x)</c>) or method (<c>x.size()</c>) call.</summary>
internal sealed record CelCall(int Offset, CelExpr? Target, string Function, IReadOnlyList<CelExpr> Args) : CelExpr(Offset);

/// <summary><c>has(operand.field)</c>: whether the field is present.</summary>
internal sealed record CelHas(int Offset, CelSelect Field) : CelExpr(Offset);

internal enum CelComprehensionKind
{
    All,
    Exists,
    ExistsOne,
    Filter,

    /// <summary><c>range.map(x, transform)</c>, or <c>range.map(x, predicate, transform)</c> with <see cref="CelComprehension.Filter"/>.</summary>
    Map,
}

/// <summary>A comprehension macro over a list (its elements) or map (its keys): <c>range.all(variable, body)</c> and the others.</summary>
internal sealed record CelComprehension(int Offset, CelComprehensionKind Kind, CelExpr Range, string Variable, CelExpr Body, CelExpr? Filter = null) : CelExpr(Offset)
{
    /// <summary>The macro's name as written in CEL.</summary>
    public string MacroName => Kind switch
    {
        CelComprehensionKind.All => "all",
        CelComprehensionKind.Exists => "exists",
        CelComprehensionKind.ExistsOne => "exists_one",
        CelComprehensionKind.Filter => "filter",
        _ => "map",
    };
}

internal sealed record CelList(int Offset, IReadOnlyList<CelExpr> Items) : CelExpr(Offset);

internal sealed record CelMap(int Offset, IReadOnlyList<KeyValuePair<CelExpr, CelExpr>> Entries) : CelExpr(Offset);

/// <summary><c>!</c> or <c>-</c> applied to <see cref="Operand"/>.</summary>
internal sealed record CelUnary(int Offset, string Operator, CelExpr Operand) : CelExpr(Offset);

/// <summary>An infix operator: <c>|| &amp;&amp; == != &lt; &lt;= &gt; &gt;= in + - * / %</c>.</summary>
internal sealed record CelBinary(int Offset, string Operator, CelExpr Left, CelExpr Right) : CelExpr(Offset);

/// <summary><c>condition ? whenTrue : whenFalse</c>.</summary>
internal sealed record CelConditional(int Offset, CelExpr Condition, CelExpr WhenTrue, CelExpr WhenFalse) : CelExpr(Offset);
