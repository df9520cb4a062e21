using System.Globalization;

namespace EnvoyGateway.Dsl.Generator.Cel;

/// <summary>
/// Splits a CEL expression into tokens, following the lexical grammar of the CEL language definition
/// (github.com/google/cel-spec, doc/langdef.md): identifiers, int/uint/double literals (decimal and
/// hex), quoted, triple-quoted, raw and bytes literals, operators, and <c>//</c> comments.
/// </summary>
internal static class CelLexer
{
    /// <summary>Two-character symbols first, so "&lt;=" is not read as "&lt;" then "=".</summary>
    private static readonly string[] Symbols = ["==", "!=", "<=", ">=", "&&", "||", "<", ">", "!", "+", "-", "*", "/", "%", "?", ":", ".", ",", "(", ")", "[", "]", "{", "}"];

    public static IReadOnlyList<CelToken> Tokenize(string source)
    {
        var tokens = new List<CelToken>();
        var i = 0;
        while (true)
        {
            i = SkipSpaceAndComments(source, i);
            if (i >= source.Length)
            {
                tokens.Add(new CelToken(CelTokenKind.End, "", source.Length));
                return tokens;
            }

            var c = source[i];
            if (StartsString(source, i, out var prefixLength))
            {
                var token = CelStringLiteral.Read(source, i, prefixLength);
                tokens.Add(token);
                i += token.Text.Length;
            }
            else if (char.IsAsciiDigit(c) || (c == '.' && i + 1 < source.Length && char.IsAsciiDigit(source[i + 1])))
            {
                var token = ReadNumber(source, i);
                tokens.Add(token);
                i += token.Text.Length;
            }
            else if (char.IsAsciiLetter(c) || c == '_')
            {
                var start = i;
                while (i < source.Length && (char.IsAsciiLetterOrDigit(source[i]) || source[i] == '_'))
                {
                    i++;
                }

                tokens.Add(new CelToken(CelTokenKind.Identifier, source[start..i], start));
            }
            else
            {
                var symbol = Symbols.FirstOrDefault(s => string.CompareOrdinal(source, i, s, 0, s.Length) == 0)
                    ?? throw CelSyntaxException.At(source, i, $"unexpected character '{c}'");
                tokens.Add(new CelToken(CelTokenKind.Symbol, symbol, i));
                i += symbol.Length;
            }
        }
    }

    private static int SkipSpaceAndComments(string source, int i)
    {
        while (i < source.Length)
        {
            if (source[i] is ' ' or '\t' or '\n' or '\r' or '\f')
            {
                i++;
            }
            else if (source[i] == '/' && i + 1 < source.Length && source[i + 1] == '/')
            {
                while (i < source.Length && source[i] != '\n')
                {
                    i++;
                }
            }
            else
            {
                break;
            }
        }

        return i;
    }

    /// <summary>A quote, optionally after r/R (raw), b/B (bytes) or both in either order.</summary>
    private static bool StartsString(string source, int i, out int prefixLength)
    {
        prefixLength = 0;
        while (prefixLength < 2 && i + prefixLength < source.Length && source[i + prefixLength] is 'r' or 'R' or 'b' or 'B')
        {
            prefixLength++;
        }

        if (prefixLength == 2 && char.ToLowerInvariant(source[i]) == char.ToLowerInvariant(source[i + 1]))
        {
            prefixLength = 1;
        }

        // Only asked at a token start: the r of "verb'" was consumed with its identifier before.
        if (i + prefixLength < source.Length && source[i + prefixLength] is '"' or '\'')
        {
            return true;
        }

        prefixLength = 0;
        return source[i] is '"' or '\'';
    }

    private static CelToken ReadNumber(string source, int start)
    {
        var i = start;
        if (source[i] == '0' && i + 1 < source.Length && source[i + 1] is 'x' or 'X')
        {
            i += 2;
            var digitsStart = i;
            while (i < source.Length && char.IsAsciiHexDigit(source[i]))
            {
                i++;
            }

            if (i == digitsStart)
            {
                throw CelSyntaxException.At(source, start, "a hexadecimal literal without digits");
            }

            return IntegerToken(source, start, i, source[digitsStart..i], NumberStyles.AllowHexSpecifier);
        }

        while (i < source.Length && char.IsAsciiDigit(source[i]))
        {
            i++;
        }

        var isDouble = false;
        if (i + 1 < source.Length && source[i] == '.' && char.IsAsciiDigit(source[i + 1]))
        {
            isDouble = true;
            i++;
            while (i < source.Length && char.IsAsciiDigit(source[i]))
            {
                i++;
            }
        }

        if (i < source.Length && source[i] is 'e' or 'E')
        {
            var exponent = i + 1;
            if (exponent < source.Length && source[exponent] is '+' or '-')
            {
                exponent++;
            }

            if (exponent < source.Length && char.IsAsciiDigit(source[exponent]))
            {
                isDouble = true;
                i = exponent;
                while (i < source.Length && char.IsAsciiDigit(source[i]))
                {
                    i++;
                }
            }
        }

        if (isDouble)
        {
            var text = source[start..i];
            return new CelToken(CelTokenKind.Double, text, start, double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture));
        }

        return IntegerToken(source, start, i, source[start..i], NumberStyles.None);
    }

    /// <summary>An int, or a uint with its u/U suffix. Ints are read as unsigned so that -9223372036854775808 can be negated by the parser.</summary>
    private static CelToken IntegerToken(string source, int start, int end, string digits, NumberStyles style)
    {
        var isUnsigned = end < source.Length && source[end] is 'u' or 'U';
        if (!ulong.TryParse(digits, style, CultureInfo.InvariantCulture, out var value) || (!isUnsigned && value > (ulong)long.MaxValue + 1))
        {
            throw CelSyntaxException.At(source, start, $"integer literal out of range: {source[start..end]}");
        }

        return isUnsigned
            ? new CelToken(CelTokenKind.Uint, source[start..(end + 1)], start, value)
            : new CelToken(CelTokenKind.Int, source[start..end], start, value);
    }
}
