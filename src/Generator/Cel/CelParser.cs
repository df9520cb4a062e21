namespace EnvoyGateway.Dsl.Generator.Cel;

/// <summary>
/// A recursive-descent parser for the CEL grammar of the language definition (doc/langdef.md), lowest
/// precedence first: <c>?:</c>, <c>||</c>, <c>&amp;&amp;</c>, relations (<c>== != &lt; &lt;= &gt; &gt;= in</c>),
/// <c>+ -</c>, <c>* / %</c>, unary <c>! -</c>, then member access, index and calls. Binary operators
/// associate to the left; the conditional to the right. Macros (has, all, exists, exists_one, filter,
/// map) become their own nodes when called with their arity, as in the reference implementations.
/// Message construction (<c>Type{field: value}</c>) and leading-dot names are not taken: no Kubernetes
/// rule can name a message type, so they fail like any syntax error.
/// </summary>
internal sealed class CelParser
{
    private static readonly HashSet<string> Reserved = new(StringComparer.Ordinal)
    {
        "as", "break", "const", "continue", "else", "for", "function", "if", "import", "let", "loop",
        "package", "namespace", "return", "var", "void", "while",
    };

    private static readonly string[] Relations = ["==", "!=", "<", "<=", ">", ">="];

    /// <summary>Deep enough for any real rule, shallow enough to fail cleanly rather than overflow the stack.</summary>
    private const int MaxDepth = 250;

    private readonly string _source;
    private readonly IReadOnlyList<CelToken> _tokens;
    private int _position;
    private int _depth;

    private CelParser(string source)
    {
        _source = source;
        _tokens = CelLexer.Tokenize(source);
    }

    public static CelExpr Parse(string source)
    {
        var parser = new CelParser(source);
        var expression = parser.Expression();
        if (parser.Current.Kind != CelTokenKind.End)
        {
            throw parser.Error(parser.Current, $"unexpected {parser.Current} after the expression");
        }

        return expression;
    }

    private CelToken Current => _tokens[_position];

    private CelToken Advance() => _tokens[_position++];

    private bool Accept(string symbol)
    {
        if (Current.Is(symbol))
        {
            _position++;
            return true;
        }

        return false;
    }

    private CelToken Expect(string symbol)
        => Current.Is(symbol) ? Advance() : throw Error(Current, $"expected '{symbol}' but found {Current}");

    private CelSyntaxException Error(CelToken at, string reason) => CelSyntaxException.At(_source, at.Offset, reason);

    private CelExpr Expression()
    {
        if (++_depth > MaxDepth)
        {
            throw Error(Current, $"the expression nests deeper than {MaxDepth} levels");
        }

        var condition = Binary(0);
        if (Current.Is("?"))
        {
            var question = Advance();
            var whenTrue = Binary(0);
            Expect(":");
            var whenFalse = Expression();
            condition = new CelConditional(question.Offset, condition, whenTrue, whenFalse);
        }

        _depth--;
        return condition;
    }

    /// <summary>The binary operators by precedence level, loosest first; each level is left-associative.</summary>
    private static readonly string[][] Levels = [["||"], ["&&"], [.. Relations, "in"], ["+", "-"], ["*", "/", "%"]];

    private CelExpr Binary(int level)
    {
        if (level == Levels.Length)
        {
            return Unary();
        }

        var left = Binary(level + 1);
        while (OperatorAt(level) is { } op)
        {
            var token = Advance();
            var right = Binary(level + 1);
            left = new CelBinary(token.Offset, op, left, right);
        }

        return left;
    }

    private string? OperatorAt(int level)
    {
        var token = Current;
        if (token.Kind == CelTokenKind.Identifier && token.Text == "in")
        {
            return Levels[level].Contains("in") ? "in" : null;
        }

        return token.Kind == CelTokenKind.Symbol && Levels[level].Contains(token.Text) ? token.Text : null;
    }

    private CelExpr Unary()
    {
        if (Current.Is("!") || Current.Is("-"))
        {
            var token = Advance();
            if (token.Text == "-" && Current.Kind is CelTokenKind.Int or CelTokenKind.Double && !NextIsMemberAccess())
            {
                // A negative literal is one constant: this is how -9223372036854775808 stays in range.
                var literal = Advance();
                return literal.Kind == CelTokenKind.Int
                    ? new CelLiteral(token.Offset, CelLiteralKind.Int, unchecked(-(long)(ulong)literal.Value!))
                    : new CelLiteral(token.Offset, CelLiteralKind.Double, -(double)literal.Value!);
            }

            return new CelUnary(token.Offset, token.Text, Unary());
        }

        return Member();
    }

    /// <summary>Whether the token after the current one continues a member expression (then "-1.f()" negates the call's result).</summary>
    private bool NextIsMemberAccess() => _tokens[_position + 1].Is(".") || _tokens[_position + 1].Is("[");

    private CelExpr Member()
    {
        var expression = Primary();
        while (true)
        {
            if (Current.Is("."))
            {
                var dot = Advance();
                var name = Identifier();
                if (Accept("("))
                {
                    expression = CelMacros.Call(_source, dot.Offset, expression, name.Text, Arguments(")"));
                }
                else
                {
                    expression = new CelSelect(dot.Offset, expression, name.Text);
                }
            }
            else if (Current.Is("["))
            {
                var bracket = Advance();
                if (Current.Is("?"))
                {
                    throw Error(Current, "optional index '[?' is not supported");
                }

                var index = Expression();
                Expect("]");
                expression = new CelIndex(bracket.Offset, expression, index);
            }
            else
            {
                return expression;
            }
        }
    }

    private CelExpr Primary()
    {
        var token = Current;
        switch (token.Kind)
        {
            case CelTokenKind.Int:
                Advance();
                if ((ulong)token.Value! > long.MaxValue)
                {
                    throw Error(token, $"integer literal out of range: {token.Text}");
                }

                return new CelLiteral(token.Offset, CelLiteralKind.Int, (long)(ulong)token.Value!);
            case CelTokenKind.Uint:
                Advance();
                return new CelLiteral(token.Offset, CelLiteralKind.Uint, token.Value);
            case CelTokenKind.Double:
                Advance();
                return new CelLiteral(token.Offset, CelLiteralKind.Double, token.Value);
            case CelTokenKind.String:
                Advance();
                return new CelLiteral(token.Offset, CelLiteralKind.String, token.Value);
            case CelTokenKind.Bytes:
                Advance();
                return new CelLiteral(token.Offset, CelLiteralKind.Bytes, token.Value);
            case CelTokenKind.Identifier:
                var name = Identifier();
                switch (name.Text)
                {
                    case "true": return new CelLiteral(name.Offset, CelLiteralKind.Bool, true);
                    case "false": return new CelLiteral(name.Offset, CelLiteralKind.Bool, false);
                    case "null": return new CelLiteral(name.Offset, CelLiteralKind.Null, null);
                }

                if (Accept("("))
                {
                    return CelMacros.Call(_source, name.Offset, null, name.Text, Arguments(")"));
                }

                if (Current.Is("{"))
                {
                    throw Error(Current, "message construction is not supported");
                }

                return new CelIdent(name.Offset, name.Text);
        }

        if (Accept("("))
        {
            var inner = Expression();
            Expect(")");
            return inner;
        }

        if (Accept("["))
        {
            return new CelList(token.Offset, Arguments("]"));
        }

        if (Accept("{"))
        {
            return MapEntries(token);
        }

        throw Error(token, token.Is(".") ? "a leading '.' (a fully qualified name) is not supported" : $"unexpected {token}");
    }

    /// <summary>A comma-separated list up to <paramref name="close"/>, which may follow a trailing comma.</summary>
    private List<CelExpr> Arguments(string close)
    {
        var items = new List<CelExpr>();
        while (!Accept(close))
        {
            items.Add(Expression());
            if (!Current.Is(close))
            {
                Expect(",");
            }
        }

        return items;
    }

    private CelMap MapEntries(CelToken brace)
    {
        var entries = new List<KeyValuePair<CelExpr, CelExpr>>();
        while (!Accept("}"))
        {
            var key = Expression();
            Expect(":");
            entries.Add(new(key, Expression()));
            if (!Current.Is("}"))
            {
                Expect(",");
            }
        }

        return new CelMap(brace.Offset, entries);
    }

    private CelToken Identifier()
    {
        var token = Current;
        if (token.Kind != CelTokenKind.Identifier)
        {
            throw Error(token, $"expected a name but found {token}");
        }

        if (Reserved.Contains(token.Text) || token.Text == "in")
        {
            throw Error(token, $"'{token.Text}' is a reserved word");
        }

        return Advance();
    }
}
