using EnvoyGateway.Dsl.Generator.Cel;

namespace EnvoyGateway.Dsl.Generator.Tests.Cel;

/// <summary>
/// The parser against the CEL language definition (github.com/google/cel-spec, doc/langdef.md):
/// grouping is checked through the fully parenthesised print of the tree.
/// </summary>
public class CelParserTests
{
    private static string Print(string expression) => CelPrinter.Print(CelParser.Parse(expression));

    [Theory]
    [InlineData("a || b && c", "(a || (b && c))")]
    [InlineData("a && b || c", "((a && b) || c)")]
    [InlineData("a || b || c", "((a || b) || c)")]
    [InlineData("a == b && c != d", "((a == b) && (c != d))")]
    [InlineData("a < b == c", "((a < b) == c)")]
    [InlineData("a <= b + c * d", "(a <= (b + (c * d)))")]
    [InlineData("a + b * c - d % e", "((a + (b * c)) - (d % e))")]
    [InlineData("a - b - c", "((a - b) - c)")]
    [InlineData("a / b * c", "((a / b) * c)")]
    [InlineData("x in [1, 2] && y", "((x in [1, 2]) && y)")]
    [InlineData("a + b in c", "((a + b) in c)")]
    [InlineData("!a.b && -c[0]", "((!a.b) && (-c[0]))")]
    [InlineData("!!a", "(!(!a))")]
    [InlineData("--a", "(-(-a))")]
    [InlineData("a ? b : c ? d : e", "(a ? b : (c ? d : e))")]
    [InlineData("a || b ? c && d : e", "((a || b) ? (c && d) : e)")]
    [InlineData("(a ? b : c) ? d : e", "((a ? b : c) ? d : e)")]
    [InlineData("(a || b) && c", "((a || b) && c)")]
    [InlineData("a.b.c(d, e)[f].g", "a.b.c(d, e)[f].g")]
    [InlineData("-1.f()", "(-1.f())")]
    [InlineData("a >= b > c", "((a >= b) > c)")]
    public void Operators_group_by_CEL_precedence_and_associativity(string expression, string grouped)
        => Assert.Equal(grouped, Print(expression));

    [Theory]
    [InlineData("123", "Int", 123L)]
    [InlineData("0x1F", "Int", 31L)]
    [InlineData("-42", "Int", -42L)]
    [InlineData("-9223372036854775808", "Int", long.MinValue)]
    [InlineData("12u", "Uint", 12UL)]
    [InlineData("0x10U", "Uint", 16UL)]
    [InlineData("18446744073709551615u", "Uint", ulong.MaxValue)]
    [InlineData("1.5", "Double", 1.5)]
    [InlineData("1e3", "Double", 1000.0)]
    [InlineData("2.5E-1", "Double", 0.25)]
    [InlineData(".5", "Double", 0.5)]
    [InlineData("-0.5", "Double", -0.5)]
    [InlineData("true", "Bool", true)]
    [InlineData("false", "Bool", false)]
    [InlineData("null", "Null", null)]
    public void Number_bool_and_null_literals_have_their_kind_and_value(string expression, string kind, object? value)
    {
        var literal = Assert.IsType<CelLiteral>(CelParser.Parse(expression));
        Assert.Equal(kind, literal.Kind.ToString());
        Assert.Equal(value, literal.Value);
    }

    [Theory]
    [InlineData("'abc'", "abc")]
    [InlineData("\"it's\"", "it's")]
    [InlineData("'a\\nb\\tc\\rd'", "a\nb\tc\rd")]
    [InlineData("'\\a\\b\\f\\v\\?\\`\\'\\\"\\\\'", "\a\b\f\v?`'\"\\")]
    [InlineData("'\\x41\\101\\u00e9\\U0001F600'", "AAé😀")]
    [InlineData("'\\303\\251'", "é")]
    [InlineData("r'^[1-9]\\d*$'", "^[1-9]\\d*$")]
    [InlineData("R\"\\n\"", "\\n")]
    [InlineData("'''a'b\nc'''", "a'b\nc")]
    [InlineData("\"\"\"say \"hi\" now\"\"\"", "say \"hi\" now")]
    [InlineData("r'''\\x'''", "\\x")]
    [InlineData("'ü'", "ü")]
    [InlineData("''", "")]
    public void String_literals_decode_quotes_raw_triple_and_escapes(string expression, string value)
    {
        var literal = Assert.IsType<CelLiteral>(CelParser.Parse(expression));
        Assert.Equal(CelLiteralKind.String, literal.Kind);
        Assert.Equal(value, literal.Value);
    }

    [Theory]
    [InlineData("b'abc'", new byte[] { 0x61, 0x62, 0x63 })]
    [InlineData("b'\\xff\\000'", new byte[] { 0xFF, 0x00 })]
    [InlineData("B\"é\"", new byte[] { 0xC3, 0xA9 })]
    [InlineData("rb'\\x'", new byte[] { 0x5C, 0x78 })]
    [InlineData("Br'\\x'", new byte[] { 0x5C, 0x78 })]
    public void Bytes_literals_keep_raw_byte_values(string expression, byte[] value)
    {
        var literal = Assert.IsType<CelLiteral>(CelParser.Parse(expression));
        Assert.Equal(CelLiteralKind.Bytes, literal.Kind);
        Assert.Equal(value, (byte[])literal.Value!);
    }

    [Fact]
    public void Each_kind_of_construct_has_its_own_node()
    {
        Assert.IsType<CelIdent>(CelParser.Parse("self"));
        var select = Assert.IsType<CelSelect>(CelParser.Parse("self.spec"));
        Assert.Equal("spec", select.Field);
        Assert.IsType<CelIndex>(CelParser.Parse("self[0]"));
        var function = Assert.IsType<CelCall>(CelParser.Parse("size(self)"));
        Assert.Null(function.Target);
        var method = Assert.IsType<CelCall>(CelParser.Parse("self.startsWith('/')"));
        Assert.Equal(("startsWith", 1), (method.Function, method.Args.Count));
        Assert.IsType<CelIdent>(method.Target);
        Assert.Equal(3, Assert.IsType<CelList>(CelParser.Parse("[1, 2, 3,]")).Items.Count);
        Assert.Equal(2, Assert.IsType<CelMap>(CelParser.Parse("{'a': 1, 2: b,}")).Entries.Count);
        Assert.Empty(Assert.IsType<CelMap>(CelParser.Parse("{}")).Entries);
        Assert.IsType<CelUnary>(CelParser.Parse("!self"));
        Assert.IsType<CelBinary>(CelParser.Parse("a in b"));
        Assert.IsType<CelConditional>(CelParser.Parse("a ? b : c"));
        Assert.Equal("{\"a\": 1, 2: b}", Print("{'a': 1, 2: b}"));
    }

    [Theory]
    [InlineData("has(self.a.b)", "has(self.a.b)")]
    [InlineData("self.all(x, x > 0)", "self.all(x, (x > 0))")]
    [InlineData("self.exists(x, x == 'a')", "self.exists(x, (x == \"a\"))")]
    [InlineData("self.exists_one(r, has(r.name))", "self.exists_one(r, has(r.name))")]
    [InlineData("self.filter(x, x != 1).size()", "self.filter(x, (x != 1)).size()")]
    [InlineData("self.map(x, x * 2)", "self.map(x, (x * 2))")]
    [InlineData("self.map(x, x > 0, x * 2)", "self.map(x, (x > 0), (x * 2))")]
    public void Macros_are_parsed_into_their_nodes(string expression, string printed)
    {
        var syntax = CelParser.Parse(expression);
        Assert.True(syntax is CelHas or CelComprehension || syntax is CelCall { Target: CelComprehension }, syntax.GetType().Name);
        Assert.Equal(printed, CelPrinter.Print(syntax));
    }

    [Fact]
    public void A_comprehension_keeps_its_kind_range_variable_and_filter()
    {
        var map = Assert.IsType<CelComprehension>(CelParser.Parse("self.items.map(i, i.on, i.name)"));
        Assert.Equal((CelComprehensionKind.Map, "i"), (map.Kind, map.Variable));
        Assert.Equal("self.items", CelPrinter.Print(map.Range));
        Assert.Equal("i.on", CelPrinter.Print(map.Filter!));
        Assert.Equal("i.name", CelPrinter.Print(map.Body));
        Assert.Equal(CelComprehensionKind.ExistsOne, Assert.IsType<CelComprehension>(CelParser.Parse("a.exists_one(x, x)")).Kind);
    }

    [Theory]
    [InlineData("self.all(x)")]
    [InlineData("has(a.b, c)")]
    [InlineData("all(x, y)")]
    public void A_macro_name_with_another_arity_or_no_receiver_is_a_plain_call(string expression)
        => Assert.IsType<CelCall>(CelParser.Parse(expression));

    [Theory]
    [InlineData("1e300 + 2.0 + -0.25 + 3u", "(((1E+300 + 2.0) + -0.25) + 3u)")]
    [InlineData("'a\\\"\\n\\x01' + b'\\x00'", "(\"a\\\"\\n\\u0001\" + b\"\\x00\")")]
    public void Printed_literals_read_back_as_the_same_literals(string expression, string printed)
    {
        Assert.Equal(printed, Print(expression));
        Assert.Equal(printed, Print(printed));
    }

    [Fact]
    public void Comments_and_line_breaks_are_whitespace()
        => Assert.Equal("(a && b)", Print("a // the first\n  && b // the second"));

    [Theory]
    [InlineData("a + ", "unexpected end of expression", 1, 5)]
    [InlineData("a $ b", "unexpected character '$'", 1, 3)]
    [InlineData("a b", "unexpected 'b' after the expression", 1, 3)]
    [InlineData("self.x &&\n  y ==", "unexpected end of expression", 2, 7)]
    [InlineData("f(a, b", "expected ',' but found end of expression", 1, 7)]
    [InlineData("(a || b", "expected ')' but found end of expression", 1, 8)]
    [InlineData("a ? b", "expected ':' but found end of expression", 1, 6)]
    [InlineData("{'a' 1}", "expected ':' but found '1'", 1, 6)]
    [InlineData("has(self)", "has() takes a field selection such as has(self.field)", 1, 5)]
    [InlineData("self.all(x.y, true)", "the first argument of all() must be a simple name", 1, 11)]
    [InlineData("x.if", "'if' is a reserved word", 1, 3)]
    [InlineData("while", "'while' is a reserved word", 1, 1)]
    [InlineData("a.in", "'in' is a reserved word", 1, 3)]
    [InlineData("Foo{a: 1}", "message construction is not supported", 1, 4)]
    [InlineData(".a", "a leading '.' (a fully qualified name) is not supported", 1, 1)]
    [InlineData("a[?0]", "optional index '[?' is not supported", 1, 3)]
    [InlineData("x == 'abc", "unterminated string literal", 1, 6)]
    [InlineData("x == 'a\nb'", "unterminated string literal", 1, 6)]
    [InlineData("x == '\\q'", "invalid escape sequence '\\q'", 1, 7)]
    [InlineData("'\\x4'", "'\\x' needs 2 hexadecimal digits", 1, 2)]
    [InlineData("'\\400'", "invalid escape sequence '\\4'", 1, 2)]
    [InlineData("'\\12'", "an octal escape needs three digits", 1, 2)]
    [InlineData("b'\\u00e9'", "invalid escape sequence '\\u'", 1, 3)]
    [InlineData("'\\ud800'", "\\u escape is not a valid code point", 1, 2)]
    [InlineData("'\\xff'", "the string's escapes do not form valid UTF-8", 1, 1)]
    [InlineData("9223372036854775808", "integer literal out of range: 9223372036854775808", 1, 1)]
    [InlineData("1 + 18446744073709551616u", "integer literal out of range: 18446744073709551616", 1, 5)]
    [InlineData("0x", "a hexadecimal literal without digits", 1, 1)]
    public void Errors_name_the_problem_and_its_line_and_column(string expression, string reason, int line, int column)
    {
        var error = Assert.Throws<CelSyntaxException>(() => CelParser.Parse(expression));
        Assert.Equal((reason, line, column), (error.Reason, error.Line, error.Column));
        Assert.EndsWith($"(line {line}, column {column})", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Absurd_nesting_fails_cleanly_instead_of_overflowing_the_stack()
    {
        var error = Assert.Throws<CelSyntaxException>(() => CelParser.Parse(new string('(', 10_000) + "a" + new string(')', 10_000)));
        Assert.Contains("nests deeper than", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Nodes_carry_the_offset_of_their_first_token_or_operator()
    {
        var and = Assert.IsType<CelBinary>(CelParser.Parse("has(self.a) && self.b"));
        Assert.Equal(12, and.Offset);
        Assert.Equal(0, and.Left.Offset);
        var select = Assert.IsType<CelSelect>(and.Right);
        Assert.Equal(19, select.Offset);
    }
}
