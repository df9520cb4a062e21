using System.Text;
using System.Text.RegularExpressions;

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
    /// <summary>
    /// The pattern as a .NET <see cref="Regex"/> that matches what RE2 matches, with the non-backtracking engine:
    /// RE2 guarantees time linear in the text and so does it, where the backtracking engine takes exponential time
    /// on values as plain as a header value with two spaces (docs/performance.md; it was also the fastest engine
    /// on the v1.9 bench). The analyzers are built for netstandard2.0, which does not name the option, but mostly
    /// run in a compiler on .NET, which has it; a compiler on .NET Framework refuses it, and there the backtracking
    /// engine is stopped after a second.
    /// </summary>
    public static Regex Compile(string re2Pattern)
    {
        var pattern = ToDotNet(re2Pattern);
#if NET7_0_OR_GREATER
        return new Regex(pattern, RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);
#else
        try
        {
            return new Regex(pattern, RegexOptions.CultureInvariant | NonBacktracking);
        }
        catch (ArgumentOutOfRangeException)
        {
            return new Regex(pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        }
#endif
    }

    /// <summary>
    /// <see cref="Compile"/> once per thread that asks. A <see cref="Regex"/> keeps the state of one match at a time:
    /// threads matching the same instance at once each build a new state while another holds it (with validation
    /// on two threads, 12 of 33 MB allocated per 10,000 policies were those states, docs/performance.md).
    /// </summary>
    public static ThreadLocal<Regex> PerThread(string re2Pattern) => new(() => Compile(re2Pattern));

    /// <summary>
    /// Whether <paramref name="text"/> matches; null when the engine ran out of time, which only the backtracking
    /// engine of a compiler on .NET Framework can: no verdict, so no finding rather than a crashed analyzer.
    /// </summary>
    public static bool? TryIsMatch(Regex pattern, string text)
    {
        try
        {
            return pattern.IsMatch(text);
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }

#if !NET7_0_OR_GREATER
    // RegexOptions.NonBacktracking, which netstandard2.0's enum does not name.
    private const RegexOptions NonBacktracking = (RegexOptions)1024;

#endif
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
