using System.Globalization;
using System.Text;

namespace EnvoyGateway.Dsl.Generator.Cel;

/// <summary>
/// Reads one string or bytes literal: single, double or triple quotes; the r (raw: no escapes) and b
/// (bytes) prefixes; and the escapes of the language definition (\a \b \f \n \r \t \v \\ \? \" \' \`,
/// \xHH, \ooo, and in strings \uHHHH and \UHHHHHHHH).
/// </summary>
internal static class CelStringLiteral
{
    public static CelToken Read(string source, int start, int prefixLength)
    {
        var prefix = source.Substring(start, prefixLength).ToLowerInvariant();
        var isRaw = prefix.Contains('r', StringComparison.Ordinal);
        var isBytes = prefix.Contains('b', StringComparison.Ordinal);
        var open = start + prefixLength;
        var quote = source[open];
        var isTriple = open + 2 < source.Length && source[open + 1] == quote && source[open + 2] == quote;
        var delimiter = new string(quote, isTriple ? 3 : 1);
        var bytes = new List<byte>();
        var i = open + delimiter.Length;
        while (true)
        {
            if (i >= source.Length || (!isTriple && source[i] is '\n' or '\r'))
            {
                throw CelSyntaxException.At(source, start, "unterminated string literal");
            }

            if (string.CompareOrdinal(source, i, delimiter, 0, delimiter.Length) == 0)
            {
                i += delimiter.Length;
                break;
            }

            if (source[i] == '\\' && !isRaw)
            {
                i = ReadEscape(source, i, isBytes, bytes);
            }
            else
            {
                var rune = Rune.GetRuneAt(source, i);
                AppendRune(bytes, rune);
                i += rune.Utf16SequenceLength;
            }
        }

        var text = source[start..i];
        return isBytes
            ? new CelToken(CelTokenKind.Bytes, text, start, bytes.ToArray())
            : new CelToken(CelTokenKind.String, text, start, DecodeUtf8(source, start, bytes));
    }

    /// <summary>Reads the escape at <paramref name="i"/> (a backslash) into <paramref name="bytes"/>; returns the offset after it.</summary>
    private static int ReadEscape(string source, int i, bool isBytes, List<byte> bytes)
    {
        if (i + 1 >= source.Length)
        {
            throw CelSyntaxException.At(source, i, "a backslash at the end of the expression");
        }

        var c = source[i + 1];
        switch (c)
        {
            case 'a': bytes.Add(0x07); return i + 2;
            case 'b': bytes.Add(0x08); return i + 2;
            case 'f': bytes.Add(0x0C); return i + 2;
            case 'n': bytes.Add(0x0A); return i + 2;
            case 'r': bytes.Add(0x0D); return i + 2;
            case 't': bytes.Add(0x09); return i + 2;
            case 'v': bytes.Add(0x0B); return i + 2;
            case '\\' or '?' or '"' or '\'' or '`': bytes.Add((byte)c); return i + 2;
            case 'x' or 'X':
                bytes.Add((byte)Hex(source, i, 2));
                return i + 4;
            case 'u' or 'U' when !isBytes:
                var digits = c == 'u' ? 4 : 8;
                var code = Hex(source, i, digits);
                if (code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
                {
                    throw CelSyntaxException.At(source, i, $"\\{c} escape is not a valid code point");
                }

                AppendRune(bytes, new Rune(code));
                return i + 2 + digits;
            case >= '0' and <= '3':
                if (i + 3 >= source.Length || source[i + 2] is < '0' or > '7' || source[i + 3] is < '0' or > '7')
                {
                    throw CelSyntaxException.At(source, i, "an octal escape needs three digits");
                }

                bytes.Add((byte)(((c - '0') << 6) | ((source[i + 2] - '0') << 3) | (source[i + 3] - '0')));
                return i + 4;
            default:
                throw CelSyntaxException.At(source, i, $"invalid escape sequence '\\{c}'");
        }
    }

    private static int Hex(string source, int backslash, int digits)
    {
        var start = backslash + 2;
        if (start + digits > source.Length
            || !source.Substring(start, digits).All(char.IsAsciiHexDigit)
            || !long.TryParse(source.AsSpan(start, digits), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value)
            || value > int.MaxValue)
        {
            throw CelSyntaxException.At(source, backslash, $"'\\{source[backslash + 1]}' needs {digits} hexadecimal digits");
        }

        return (int)value;
    }

    private static void AppendRune(List<byte> bytes, Rune rune)
    {
        Span<byte> utf8 = stackalloc byte[4];
        var length = rune.EncodeToUtf8(utf8);
        for (var k = 0; k < length; k++)
        {
            bytes.Add(utf8[k]);
        }
    }

    /// <summary>A string's bytes must be UTF-8 (\x and octal escapes can break that: the spec makes it an error).</summary>
    private static string DecodeUtf8(string source, int start, List<byte> bytes)
    {
        try
        {
            return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString([.. bytes]);
        }
        catch (DecoderFallbackException)
        {
            throw CelSyntaxException.At(source, start, "the string's escapes do not form valid UTF-8");
        }
    }
}
