using System.Text;

namespace EnvoyGateway.Dsl.Rules.Syntax;

/// <summary>
/// RE2 patterns (a CRD's <c>pattern</c>, CEL's <c>matches</c>: Kubernetes evaluates both with Go's regexp) on
/// .NET's engine. The two agree on the syntax these CRDs use (<see cref="Re2Syntax"/> checks RE2's own
/// acceptance); where their meanings differ the pattern is rewritten: <c>$</c> outside a class is the end of
/// text in RE2 (.NET also matches before a final newline) and becomes <c>\z</c>; <c>\d</c>, <c>\w</c>,
/// <c>\s</c> are ASCII-only in RE2 and become explicit classes; <c>(?P&lt;name&gt;</c> becomes
/// <c>(?&lt;name&gt;</c>; a <c>[</c> inside a class is a literal.
/// </summary>
internal static class Re2Pattern
{
    public static string ToDotNet(string pattern)
    {
        var result = new StringBuilder(pattern.Length + 8);
        var inClass = false;
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '\\' && i + 1 < pattern.Length)
            {
                var next = pattern[++i];
                result.Append(next switch
                {
                    'd' => inClass ? "0-9" : "[0-9]",
                    'w' => inClass ? "0-9A-Za-z_" : "[0-9A-Za-z_]",
                    's' => inClass ? "\\t\\n\\f\\r " : "[\\t\\n\\f\\r ]",
                    'D' when !inClass => "[^0-9]",
                    'W' when !inClass => "[^0-9A-Za-z_]",
                    'S' when !inClass => "[^\\t\\n\\f\\r ]",
                    _ => "\\" + next,
                });
                continue;
            }

            if (inClass)
            {
                // "[" inside a class is a literal in RE2; .NET reads "-[" as class subtraction.
                result.Append(c == '[' ? "\\[" : c.ToString());
                if (c == ']')
                {
                    inClass = false;
                }

                continue;
            }

            switch (c)
            {
                case '[':
                    inClass = true;
                    result.Append(c);
                    if (i + 1 < pattern.Length && pattern[i + 1] == '^')
                    {
                        result.Append('^');
                        i++;
                    }

                    // "]" first in a class is a literal in RE2.
                    if (i + 1 < pattern.Length && pattern[i + 1] == ']')
                    {
                        result.Append("\\]");
                        i++;
                    }

                    break;
                case '$':
                    result.Append("\\z");
                    break;
                case '(' when string.CompareOrdinal(pattern, i, "(?P<", 0, 4) == 0:
                    result.Append("(?<");
                    i += 3;
                    break;
                default:
                    result.Append(c);
                    break;
            }
        }

        return result.ToString();
    }
}
