using System.Text;

namespace EnvoyGateway.Dsl.Rules;

/// <summary>Makes user values safe and short enough to quote in a one-line message.</summary>
internal static class MessageText
{
    private const int MaxQuoted = 64;

    public static string Value(string value)
    {
        var needsWork = value.Length > MaxQuoted;
        foreach (var c in value)
        {
            if (char.IsControl(c))
            {
                needsWork = true;
                break;
            }
        }

        if (!needsWork)
        {
            return value;
        }

        var builder = new StringBuilder();
        var shown = Math.Min(value.Length, MaxQuoted);
        for (var i = 0; i < shown; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (char.IsControl(c))
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        if (value.Length > MaxQuoted)
        {
            builder.Append("…(").Append(value.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(" characters)");
        }

        return builder.ToString();
    }

    /// <summary>" (did you mean 'X'?)" / " (did you mean 'X' or 'Y'?)" or empty.</summary>
    public static string DidYouMean(string[] suggestions)
    {
        if (suggestions.Length == 0)
        {
            return "";
        }

        var quoted = new string[suggestions.Length];
        for (var i = 0; i < suggestions.Length; i++)
        {
            quoted[i] = "'" + suggestions[i] + "'";
        }

        return " (did you mean " + string.Join(" or ", quoted) + "?)";
    }
}
