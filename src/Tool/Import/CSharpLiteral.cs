using System.Globalization;
using System.Text;

namespace EnvoyGateway.Dsl.Tool.Import;

/// <summary>
/// C# literals for imported values. Strings stay readable (letters of every script, symbols and emoji
/// as themselves) while every character that is invisible, ambiguous or illegal in a literal is
/// escaped: controls, format characters (bidi overrides, zero-width spaces), separators other than the
/// space, unassigned and private-use code points, and lone surrogates. Backslash-heavy text such as a
/// regular expression becomes a verbatim literal when it needs no other escape.
/// </summary>
internal static class CSharpLiteral
{
    public static string String(string value)
    {
        var needsEscape = false;
        var hasBackslash = false;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c == '\\')
            {
                hasBackslash = true;
            }
            else if (c != '"' && VisibleLength(value, i) is var length and > 0)
            {
                i += length - 1;
            }
            else if (c != '"')
            {
                needsEscape = true;
            }
        }

        if (hasBackslash && !needsEscape)
        {
            return "@\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        }

        var builder = new StringBuilder(value.Length + 2).Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '"': builder.Append("\\\""); continue;
                case '\\': builder.Append(@"\\"); continue;
                case '\0': builder.Append(@"\0"); continue;
                case '\a': builder.Append(@"\a"); continue;
                case '\b': builder.Append(@"\b"); continue;
                case '\f': builder.Append(@"\f"); continue;
                case '\n': builder.Append(@"\n"); continue;
                case '\r': builder.Append(@"\r"); continue;
                case '\t': builder.Append(@"\t"); continue;
                case '\v': builder.Append(@"\v"); continue;
            }

            var length = VisibleLength(value, i);
            if (length > 0)
            {
                builder.Append(value, i, length);
                i += length - 1;
            }
            else if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                builder.Append(@"\U").Append(char.ConvertToUtf32(c, value[i + 1]).ToString("X8", CultureInfo.InvariantCulture));
                i++;
            }
            else
            {
                // \u, never \x: \x takes up to four hex digits and would swallow a following digit.
                builder.Append(@"\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
        }

        return builder.Append('"').ToString();
    }

    public static string Integer(long value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Boolean(bool value) => value ? "true" : "false";

    /// <summary>A double that reads back to the same value ("R" keeps every bit); a whole number gets no suffix, as a person writes it.</summary>
    public static string Double(double value) => value switch
    {
        double.PositiveInfinity => "double.PositiveInfinity",
        double.NegativeInfinity => "double.NegativeInfinity",
        _ when double.IsNaN(value) => "double.NaN",
        _ => value.ToString("R", CultureInfo.InvariantCulture),
    };

    /// <summary>
    /// How many UTF-16 units at <paramref name="index"/> form one character that may appear as itself
    /// in a literal (1, or 2 for a surrogate pair); 0 when it must be escaped. Quote and backslash are
    /// the caller's business.
    /// </summary>
    private static int VisibleLength(string value, int index)
    {
        var c = value[index];
        if (c is >= ' ' and <= '~')
        {
            return 1;
        }

        if (char.IsHighSurrogate(c))
        {
            return index + 1 < value.Length && char.IsLowSurrogate(value[index + 1]) && IsVisible(CharUnicodeInfo.GetUnicodeCategory(char.ConvertToUtf32(c, value[index + 1]))) ? 2 : 0;
        }

        return IsVisible(CharUnicodeInfo.GetUnicodeCategory(c)) ? 1 : 0;
    }

    private static bool IsVisible(UnicodeCategory category) => category switch
    {
        UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse
            or UnicodeCategory.OtherNotAssigned or UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator
            or UnicodeCategory.ParagraphSeparator => false,
        _ => true,
    };
}
