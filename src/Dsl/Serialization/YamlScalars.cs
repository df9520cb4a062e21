using System.Buffers;
using System.Globalization;

namespace EnvoyGateway.Dsl.Serialization;

/// <summary>
/// Decides how a string is written so that every YAML 1.1 and 1.2 reader reads it back as the same
/// string: plain when that is unambiguous, otherwise single-quoted, or double-quoted with escapes when
/// it holds characters that single quotes cannot carry.
/// </summary>
internal static class YamlScalars
{
    // The ASCII characters a plain scalar may hold anywhere (IsPlainSafe's ASCII half), searched vectorized.
    private static readonly SearchValues<char> PlainSafeAscii =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 -_./=+()^$<>;?*~");

    public static string Timestamp(DateTimeOffset value)
        => value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static void Append(YamlBuffer buffer, string value)
    {
        if (!NeedsQuotes(value))
        {
            buffer.Append(value);
        }
        else if (CanSingleQuote(value))
        {
            buffer.Append('\'').Append(value.Replace("'", "''")).Append('\'');
        }
        else
        {
            AppendDoubleQuoted(buffer, value);
        }
    }

    public static bool NeedsQuotes(string value)
    {
        if (value.Length == 0 || value[0] == ' ' || value[^1] == ' ')
        {
            return true;
        }

        var first = value[0];
        if (first is '-' or '+' or '.' or '?' or ':' or ',' or '[' or ']' or '{' or '}' or '#' or '&' or '*' or '!' or '|' or '>' or '\'' or '"' or '%' or '@' or '`' or '~' or '<' or '=')
        {
            return true;
        }

        // Most keys and values are plain ASCII: one vectorized search, the per-character test only after it stops.
        var rest = value.AsSpan();
        var stop = rest.IndexOfAnyExcept(PlainSafeAscii);
        if (stop >= 0)
        {
            foreach (var c in rest[stop..])
            {
                if (!IsPlainSafe(c))
                {
                    return true;
                }
            }
        }

        if (value.Length <= 5 && IsKeyword(value))
        {
            return true;
        }

        return first is >= '0' and <= '9' && LooksNumericOrDate(value);
    }

    private static bool IsPlainSafe(char c)
    {
        if (c < 0x80)
        {
            return c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9')
                or ' ' or '-' or '_' or '.' or '/' or '=' or '+' or '(' or ')' or '^' or '$' or '<' or '>' or ';' or '?' or '*' or '~';
        }

        return char.IsLetterOrDigit(c);
    }

    // Plain scalars that YAML 1.1 or 1.2 resolve to booleans or null (compared case-insensitively), by length.
    private static bool IsKeyword(string value) => value.Length switch
    {
        1 => value[0] is 'y' or 'Y' or 'n' or 'N' or '~' or '=',
        2 => value.Equals("no", StringComparison.OrdinalIgnoreCase) || value.Equals("on", StringComparison.OrdinalIgnoreCase) || value == "<<",
        3 => value.Equals("yes", StringComparison.OrdinalIgnoreCase) || value.Equals("off", StringComparison.OrdinalIgnoreCase),
        4 => value.Equals("true", StringComparison.OrdinalIgnoreCase) || value.Equals("null", StringComparison.OrdinalIgnoreCase),
        5 => value.Equals("false", StringComparison.OrdinalIgnoreCase),
        _ => false,
    };

    // Anything a YAML 1.1 or 1.2 reader might resolve as an int (decimal, 0x, 0o, 0b, octal, sexagesimal,
    // with '_'), a float (exponents) or a timestamp (date, 'T'/'t'/' ' time, 'Z' or offset). Deliberately
    // broad: an unneeded quote is harmless, a missing one changes the type.
    private static bool LooksNumericOrDate(string value)
    {
        foreach (var c in value)
        {
            if (!(c is (>= '0' and <= '9') or (>= 'a' and <= 'f') or (>= 'A' and <= 'F')
                  or 'x' or 'X' or 'o' or 'O' or '_' or '+' or '-' or '.' or ':' or 't' or 'T' or 'z' or 'Z' or ' '))
            {
                return false;
            }
        }

        return true;
    }

    private static bool CanSingleQuote(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c is >= ' ' and <= '~')
            {
                continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
                continue;
            }

            if (c < 0xA0 || c is '\u2028' or '\u2029' or '\uFEFF' || char.IsSurrogate(c) || c > '\uFFFD')
            {
                return false;
            }
        }

        return true;
    }

    private static void AppendDoubleQuoted(YamlBuffer buffer, string value)
    {
        buffer.Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '"': buffer.Append("\\\""); break;
                case '\\': buffer.Append("\\\\"); break;
                case '\0': buffer.Append("\\0"); break;
                case '\a': buffer.Append("\\a"); break;
                case '\b': buffer.Append("\\b"); break;
                case '\t': buffer.Append("\\t"); break;
                case '\n': buffer.Append("\\n"); break;
                case '\v': buffer.Append("\\v"); break;
                case '\f': buffer.Append("\\f"); break;
                case '\r': buffer.Append("\\r"); break;
                case '\u001b': buffer.Append("\\e"); break;
                case '\u0085': buffer.Append("\\N"); break;
                case '\u2028': buffer.Append("\\L"); break;
                case '\u2029': buffer.Append("\\P"); break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                    {
                        buffer.Append(c).Append(value[i + 1]);
                        i++;
                    }
                    else if (c < ' ' || (c >= 0x7F && c < 0xA0))
                    {
                        buffer.Append("\\x").Append(((int)c).ToString("X2", CultureInfo.InvariantCulture));
                    }
                    else if (c is '\uFEFF' || char.IsSurrogate(c) || c > '\uFFFD')
                    {
                        buffer.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        buffer.Append(c);
                    }

                    break;
            }
        }

        buffer.Append('"');
    }
}
