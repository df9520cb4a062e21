using System.Text;
using EnvoyGateway.Dsl.Tool.Import;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace EnvoyGateway.Dsl.Tool.Tests;

/// <summary>The string literals, checked against the C# compiler's own reading of them.</summary>
public class CSharpLiteralTests
{
    [Fact]
    public void Every_UTF_16_unit_alone_and_between_letters_reads_back_as_itself()
    {
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var alone = ((char)c).ToString();
            AssertReadsBack(alone);
            AssertReadsBack("a" + alone + "1");
        }
    }

    [Fact]
    public void Every_supplementary_plane_has_a_code_point_that_reads_back()
    {
        for (var codePoint = 0x10000; codePoint <= 0x10FFFF; codePoint += 0x1003)
        {
            AssertReadsBack(char.ConvertFromUtf32(codePoint) + "\\");
        }
    }

    [Theory]
    [InlineData("^\\d+$", "@\"^\\d+$\"")]
    [InlineData("C:\\\"x\"", "@\"C:\\\"\"x\"\"\"")]
    [InlineData("a\\\nb", "\"a\\\\\\nb\"")]
    [InlineData("\u202Eevil", "\"\\u202Eevil\"")]
    [InlineData("\u00011", "\"\\u00011\"")]
    [InlineData("日本 🎉", "\"日本 🎉\"")]
    [InlineData("\U000F0000", "\"\\U000F0000\"")]
    public void Literals_are_readable_and_escape_what_is_invisible(string value, string expected)
    {
        Assert.Equal(expected, CSharpLiteral.String(value));
        AssertReadsBack(value);
    }

    private static void AssertReadsBack(string value)
    {
        var literal = CSharpLiteral.String(value);
        var expression = SyntaxFactory.ParseExpression(literal);
        Assert.True(
            expression is LiteralExpressionSyntax && !expression.ContainsDiagnostics && !literal.Any(c => c is '\r' or '\n' or '\u0085' or '\u2028' or '\u2029'),
            $"{Escape(value)} gave {Escape(literal)}: {string.Join("; ", expression.GetDiagnostics())}");
        Assert.Equal(value, ((LiteralExpressionSyntax)expression).Token.ValueText);
    }

    private static string Escape(string value)
    {
        var builder = new StringBuilder();
        foreach (var c in value)
        {
            builder.Append(c is >= ' ' and <= '~' ? c.ToString() : $"\\u{(int)c:X4}");
        }

        return builder.ToString();
    }
}
