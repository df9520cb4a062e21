using System.Globalization;
using EnvoyGateway.Dsl.Generator.Emit;

namespace EnvoyGateway.Dsl.Generator.Cel;

/// <summary>
/// A fully parenthesised, one-line text of a syntax tree: how the parser grouped an expression, for
/// tests and for messages. Literals are printed as CEL literals (strings with escapes, bytes as b"\x..").
/// </summary>
internal static class CelPrinter
{
    public static string Print(CelExpr expression) => expression switch
    {
        CelLiteral literal => Literal(literal),
        CelIdent ident => ident.Name,
        CelSelect select => $"{Print(select.Operand)}.{select.Field}",
        CelIndex index => $"{Print(index.Operand)}[{Print(index.Index)}]",
        CelCall { Target: null } call => $"{call.Function}({List(call.Args)})",
        CelCall call => $"{Print(call.Target)}.{call.Function}({List(call.Args)})",
        CelHas has => $"has({Print(has.Field)})",
        CelComprehension { Filter: { } filter } c => $"{Print(c.Range)}.map({c.Variable}, {Print(filter)}, {Print(c.Body)})",
        CelComprehension c => $"{Print(c.Range)}.{c.MacroName}({c.Variable}, {Print(c.Body)})",
        CelList list => $"[{List(list.Items)}]",
        CelMap map => $"{{{string.Join(", ", map.Entries.Select(e => $"{Print(e.Key)}: {Print(e.Value)}"))}}}",
        CelUnary unary => $"({unary.Operator}{Print(unary.Operand)})",
        CelBinary binary => $"({Print(binary.Left)} {binary.Operator} {Print(binary.Right)})",
        CelConditional conditional => $"({Print(conditional.Condition)} ? {Print(conditional.WhenTrue)} : {Print(conditional.WhenFalse)})",
        _ => throw new ArgumentException($"unknown node {expression.GetType().Name}", nameof(expression)),
    };

    private static string List(IEnumerable<CelExpr> items) => string.Join(", ", items.Select(Print));

    private static string Literal(CelLiteral literal) => literal.Kind switch
    {
        CelLiteralKind.Int => ((long)literal.Value!).ToString(CultureInfo.InvariantCulture),
        CelLiteralKind.Uint => ((ulong)literal.Value!).ToString(CultureInfo.InvariantCulture) + "u",
        CelLiteralKind.Double => Double((double)literal.Value!),
        // A C# string literal's escapes (\" \\ \n \r \t \uXXXX) are all CEL escapes too.
        CelLiteralKind.String => CodeWriter.Literal((string)literal.Value!),
        CelLiteralKind.Bytes => "b\"" + string.Concat(((byte[])literal.Value!).Select(b => $"\\x{b:x2}")) + "\"",
        CelLiteralKind.Bool => (bool)literal.Value! ? "true" : "false",
        _ => "null",
    };

    /// <summary>A double that reads back as a double: "2" would be an int, so whole numbers get ".0".</summary>
    private static string Double(double value)
    {
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        return text.All(c => char.IsAsciiDigit(c) || c == '-') ? text + ".0" : text;
    }
}
