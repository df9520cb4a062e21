// "Did you mean ...?" helpers for enum-like values.

using System.Text;

namespace EnvoyGateway.Dsl.Rules.Syntax;

internal static class Suggestions
{
    private static readonly string[] None = Array.Empty<string>();

    /// <summary>
    /// Closest allowed values for <paramref name="value"/>:
    /// 1. the allowed values equal to it ignoring (invariant) case, if any;
    /// 2. else the allowed values at the minimal optimal-string-alignment (restricted
    ///    Damerau-Levenshtein) distance, compared case-insensitively, provided that distance is
    ///    at most max(2, value.Length / 3); ties are all returned, in the order of
    ///    <paramref name="allowed"/>;
    /// 3. else an empty array. An empty value gets no suggestion.
    /// </summary>
    public static string[] Closest(string value, string[] allowed)
    {
        if (value == null || value.Length == 0 || allowed == null || allowed.Length == 0)
        {
            return None;
        }

        List<string>? exact = null;
        for (int i = 0; i < allowed.Length; i++)
        {
            string a = allowed[i];
            if (a != null && string.Equals(a, value, System.StringComparison.OrdinalIgnoreCase))
            {
                (exact ??= new List<string>()).Add(a);
            }
        }
        if (exact != null)
        {
            return exact.ToArray();
        }

        int threshold = value.Length / 3;
        if (threshold < 2)
        {
            threshold = 2;
        }

        int best = int.MaxValue;
        List<string>? result = null;
        for (int i = 0; i < allowed.Length; i++)
        {
            string a = allowed[i];
            if (a == null)
            {
                continue;
            }
            // cheap lower bound: |len difference| <= distance
            int lenDiff = a.Length > value.Length ? a.Length - value.Length : value.Length - a.Length;
            if (lenDiff > threshold || lenDiff > best)
            {
                continue;
            }

            int d = OsaDistanceIgnoreCase(value, a);
            if (d > threshold || d > best)
            {
                continue;
            }

            if (d < best)
            {
                best = d;
                result?.Clear();
            }
            (result ??= new List<string>()).Add(a);
        }
        return result == null ? None : result.ToArray();
    }

    /// <summary>"Second, Minute, Hour, Day".</summary>
    public static string JoinAllowed(string[] allowed)
    {
        if (allowed == null || allowed.Length == 0)
        {
            return "";
        }

        var sb = new StringBuilder();
        for (int i = 0; i < allowed.Length; i++)
        {
            if (i > 0)
            {
                sb.Append(", ");
            }

            sb.Append(allowed[i]);
        }
        return sb.ToString();
    }

    /// <summary>Optimal string alignment distance (adjacent transpositions count 1), case-insensitive.</summary>
    public static int OsaDistanceIgnoreCase(string a, string b)
    {
        int n = a.Length, m = b.Length;
        if (n == 0)
        {
            return m;
        }

        if (m == 0)
        {
            return n;
        }

        // three rolling rows: i-2, i-1, i
        var prev2 = new int[m + 1];
        var prev = new int[m + 1];
        var cur = new int[m + 1];
        for (int j = 0; j <= m; j++)
        {
            prev[j] = j;
        }

        for (int i = 1; i <= n; i++)
        {
            cur[0] = i;
            char ca = char.ToLowerInvariant(a[i - 1]);
            for (int j = 1; j <= m; j++)
            {
                char cb = char.ToLowerInvariant(b[j - 1]);
                int cost = ca == cb ? 0 : 1;
                int v = prev[j] + 1;                       // deletion
                if (cur[j - 1] + 1 < v)
                {
                    v = cur[j - 1] + 1; // insertion
                }

                if (prev[j - 1] + cost < v)
                {
                    v = prev[j - 1] + cost; // substitution
                }

                if (i > 1 && j > 1 &&
                    ca == char.ToLowerInvariant(b[j - 2]) &&
                    char.ToLowerInvariant(a[i - 2]) == cb &&
                    prev2[j - 2] + 1 < v)
                {
                    v = prev2[j - 2] + 1; // transposition
                }
                cur[j] = v;
            }
            var t = prev2;
            prev2 = prev;
            prev = cur;
            cur = t;
        }
        return prev[m];
    }
}
