// Hand-written validators mirroring k8s.io/apimachinery/pkg/util/validation.
// Pure, allocation-free on the success path, netstandard2.0 compatible.
//
// Mirrored behaviour (apimachinery validation.go):
//   IsDNS1123Label      len <= 63  and ^[a-z0-9]([-a-z0-9]*[a-z0-9])?$
//   IsDNS1123Subdomain  len <= 253 and ^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$
//                       (no per-label length limit: apimachinery checks only the total length)
//   IsQualifiedName     strings.Split(value, "/"): 1 part -> name; 2 parts -> non-empty DNS-1123
//                       subdomain prefix + name; more -> invalid. Name: 1..63 chars of
//                       ^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$
//   IsValidLabelValue   len <= 63 and ^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$ (empty is valid)
// Go measures length in UTF-8 bytes; any non-ASCII character already fails the patterns, so the
// boolean checks can use char counts. The Explain* methods use byte counts for the length message.

namespace EnvoyGateway.Dsl.Rules.Syntax;

internal static class KubernetesNames
{
    public const int Dns1123LabelMaxLength = 63;
    public const int Dns1123SubdomainMaxLength = 253;
    public const int QualifiedNameMaxLength = 63;
    public const int LabelValueMaxLength = 63;

    private const string EmptyMsg = "must be non-empty";
    private const string StartEndMsg = "must start and end with an alphanumeric character";
    private const string SubdomainCharsMsg = "must consist of lower case alphanumeric characters, '-' or '.'";
    private const string LabelCharsMsg = "must consist of lower case alphanumeric characters or '-'";
    private const string SubdomainPartsMsg = "each '.'-separated part must start and end with an alphanumeric character";
    private const string NameCharsMsg = "must consist of alphanumeric characters, '-', '_' or '.'";

    // ---------------------------------------------------------------- predicates

    public static bool IsDns1123Label(string s)
    {
        if (s == null || s.Length == 0 || s.Length > Dns1123LabelMaxLength)
        {
            return false;
        }

        return MatchesLabelPattern(s, 0, s.Length);
    }

    public static bool IsDns1123Subdomain(string s)
    {
        if (s == null || s.Length == 0 || s.Length > Dns1123SubdomainMaxLength)
        {
            return false;
        }

        return MatchesSubdomainPattern(s, 0, s.Length);
    }

    public static bool IsQualifiedName(string s)
    {
        if (s == null)
        {
            return false;
        }

        int slash = -1;
        for (int i = 0; i < s.Length; i++)
        {
            if (s[i] == '/')
            {
                if (slash >= 0)
                {
                    return false; // more than one '/'
                }

                slash = i;
            }
        }

        int nameStart = 0;
        if (slash >= 0)
        {
            if (slash == 0 || slash > Dns1123SubdomainMaxLength)
            {
                return false;
            }

            if (!MatchesSubdomainPattern(s, 0, slash))
            {
                return false;
            }

            nameStart = slash + 1;
        }

        int nameLen = s.Length - nameStart;
        if (nameLen == 0 || nameLen > QualifiedNameMaxLength)
        {
            return false;
        }

        return MatchesQualifiedNamePattern(s, nameStart, s.Length);
    }

    public static bool IsLabelValue(string s)
    {
        if (s == null)
        {
            return false;
        }

        if (s.Length == 0)
        {
            return true;
        }

        if (s.Length > LabelValueMaxLength)
        {
            return false;
        }

        return MatchesQualifiedNamePattern(s, 0, s.Length);
    }

    /// <summary>CRD pattern <c>^[a-zA-Z]([-a-zA-Z0-9]*[a-zA-Z0-9])?$</c> (no length limit).</summary>
    public static bool IsCrdKindPattern(string s)
    {
        if (s == null || s.Length == 0)
        {
            return false;
        }

        if (!IsAsciiLetter(s[0]))
        {
            return false;
        }

        int last = s.Length - 1;
        for (int i = 1; i < s.Length; i++)
        {
            char c = s[i];
            if (IsAsciiLetter(c) || IsDigit(c))
            {
                continue;
            }

            if (c == '-' && i != last)
            {
                continue;
            }

            return false;
        }
        return true;
    }

    /// <summary>
    /// CRD pattern <c>^$|^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$</c>:
    /// empty is valid, no length limit at all.
    /// </summary>
    public static bool IsCrdGroupPattern(string s)
    {
        if (s == null)
        {
            return false;
        }

        if (s.Length == 0)
        {
            return true;
        }

        return MatchesSubdomainPattern(s, 0, s.Length);
    }

    // ---------------------------------------------------------------- explanations

    /// <summary>Null when valid, else apimachinery-style reason(s), joined by "; ".</summary>
    public static string? ExplainDns1123Subdomain(string s)
    {
        if (IsDns1123Subdomain(s))
        {
            return null;
        }

        if (s == null)
        {
            return EmptyMsg;
        }

        string? len = Utf8Length(s, 0, s.Length) > Dns1123SubdomainMaxLength ? MaxLen(Dns1123SubdomainMaxLength) : null;
        string? pattern = MatchesSubdomainPattern(s, 0, s.Length) ? null : SubdomainPatternReason(s, 0, s.Length);
        return Join(len, pattern);
    }

    public static string? ExplainDns1123Label(string s)
    {
        if (IsDns1123Label(s))
        {
            return null;
        }

        if (s == null)
        {
            return EmptyMsg;
        }

        string? len = Utf8Length(s, 0, s.Length) > Dns1123LabelMaxLength ? MaxLen(Dns1123LabelMaxLength) : null;
        string? pattern = null;
        if (!MatchesLabelPattern(s, 0, s.Length))
        {
            if (s.Length == 0)
            {
                pattern = EmptyMsg;
            }
            else if (MatchesSubdomainPattern(s, 0, s.Length))
            {
                pattern = "must not contain dots"; // apimachinery wording
            }
            else if (HasCharOutside(s, 0, s.Length, lowerOnly: true, allowDot: false, allowUnderscore: false))
            {
                pattern = LabelCharsMsg;
            }
            else
            {
                pattern = StartEndMsg;
            }
        }
        return Join(len, pattern);
    }

    public static string? ExplainQualifiedName(string s)
    {
        if (IsQualifiedName(s))
        {
            return null;
        }

        if (s == null)
        {
            return "name part " + EmptyMsg;
        }

        int slash = -1, slashes = 0;
        for (int i = 0; i < s.Length; i++)
        {
            if (s[i] == '/')
            {
                if (slashes == 0)
                {
                    slash = i;
                }

                slashes++;
            }
        }
        if (slashes > 1)
        {
            return "a qualified name " + NameCharsMsg + ", and " + StartEndMsg +
                   ", with an optional DNS subdomain prefix and a single '/' (e.g. 'example.com/MyName')";
        }

        string? prefixReason = null;
        int nameStart = 0;
        if (slash >= 0)
        {
            nameStart = slash + 1;
            if (slash == 0)
            {
                prefixReason = "prefix part " + EmptyMsg;
            }
            else
            {
                string? r = ExplainDns1123Subdomain(s.Substring(0, slash));
                if (r != null)
                {
                    prefixReason = "prefix part " + r.Replace("; ", "; prefix part ");
                }
            }
        }

        string? nameReason = null;
        int nameLen = s.Length - nameStart;
        if (nameLen == 0)
        {
            nameReason = "name part " + EmptyMsg;
        }
        else
        {
            string? len = Utf8Length(s, nameStart, s.Length) > QualifiedNameMaxLength ? "name part " + MaxLen(QualifiedNameMaxLength) : null;
            string? pattern = MatchesQualifiedNamePattern(s, nameStart, s.Length)
                ? null
                : "name part " + QualifiedNamePatternReason(s, nameStart, s.Length);
            nameReason = Join(len, pattern);
        }
        return Join(prefixReason, nameReason);
    }

    public static string? ExplainLabelValue(string s)
    {
        if (IsLabelValue(s))
        {
            return null;
        }

        if (s == null)
        {
            return EmptyMsg;
        }

        string? len = Utf8Length(s, 0, s.Length) > LabelValueMaxLength ? MaxLen(LabelValueMaxLength) : null;
        string? pattern = MatchesQualifiedNamePattern(s, 0, s.Length) ? null : QualifiedNamePatternReason(s, 0, s.Length);
        return Join(len, pattern);
    }

    // ---------------------------------------------------------------- normalization (code fix)

    /// <summary>
    /// Turns an arbitrary string into a DNS-1123 label (allowDots=false) or subdomain (allowDots=true)
    /// of at most <paramref name="maxLength"/> characters: ASCII upper case is lower-cased, every other
    /// disallowed character becomes '-', leading/trailing non-alphanumerics are trimmed, the result is
    /// truncated to maxLength and trimmed again. Runs of '-' are kept as they are ("a--b" stays).
    /// With allowDots, a '.'-separated part is never allowed to start or end with '-' or be empty
    /// (those '-' / '.' are dropped) so that the result is always a valid subdomain.
    /// Returns "" when nothing usable remains. Returns the input itself when it is already valid.
    /// Example: "Bad_Name!" -> "bad-name".
    /// </summary>
    public static string Normalize(string s, int maxLength, bool allowDots)
    {
        if (s == null || maxLength <= 0)
        {
            return "";
        }

        if (s.Length > 0 && s.Length <= maxLength &&
            (allowDots ? MatchesSubdomainPattern(s, 0, s.Length) : MatchesLabelPattern(s, 0, s.Length)))
        {
            return s;
        }

        var buf = new char[s.Length];
        int n = 0;
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            char m;
            if (c >= 'A' && c <= 'Z')
            {
                m = (char)(c + 32);
            }
            else if ((c >= 'a' && c <= 'z') || IsDigit(c))
            {
                m = c;
            }
            else if (c == '.' && allowDots)
            {
                m = '.';
            }
            else
            {
                m = '-';
            }

            if (m == '-')
            {
                // never at the start of the result or of a '.'-separated part
                if (n == 0 || buf[n - 1] == '.')
                {
                    continue;
                }

                buf[n++] = '-';
            }
            else if (m == '.')
            {
                while (n > 0 && buf[n - 1] == '-')
                {
                    n--;
                }

                if (n == 0 || buf[n - 1] == '.')
                {
                    continue; // no empty parts
                }

                buf[n++] = '.';
            }
            else
            {
                buf[n++] = m;
            }
        }

        if (n > maxLength)
        {
            n = maxLength;
        }

        while (n > 0 && !IsLowerAlnum(buf[n - 1]))
        {
            n--;
        }

        return n == 0 ? "" : new string(buf, 0, n);
    }

    // ---------------------------------------------------------------- pattern matchers

    // ^[a-z0-9]([-a-z0-9]*[a-z0-9])?$ on s[start, end)
    private static bool MatchesLabelPattern(string s, int start, int end)
    {
        if (start >= end)
        {
            return false;
        }

        if (!IsLowerAlnum(s[start]) || !IsLowerAlnum(s[end - 1]))
        {
            return false;
        }

        for (int i = start + 1; i < end - 1; i++)
        {
            char c = s[i];
            if (!IsLowerAlnum(c) && c != '-')
            {
                return false;
            }
        }
        return true;
    }

    // ^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$ on s[start, end)
    private static bool MatchesSubdomainPattern(string s, int start, int end)
    {
        if (start >= end)
        {
            return false;
        }

        bool atPartStart = true;
        char prev = '\0';
        for (int i = start; i < end; i++)
        {
            char c = s[i];
            if (IsLowerAlnum(c))
            {
                atPartStart = false;
            }
            else if (c == '-')
            {
                if (atPartStart)
                {
                    return false;
                }
            }
            else if (c == '.')
            {
                if (atPartStart || prev == '-')
                {
                    return false;
                }

                atPartStart = true;
            }
            else
            {
                return false;
            }
            prev = c;
        }
        return !atPartStart && prev != '-';
    }

    // ^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$ on s[start, end)
    private static bool MatchesQualifiedNamePattern(string s, int start, int end)
    {
        if (start >= end)
        {
            return false;
        }

        if (!IsAlnum(s[start]) || !IsAlnum(s[end - 1]))
        {
            return false;
        }

        for (int i = start + 1; i < end - 1; i++)
        {
            char c = s[i];
            if (!IsAlnum(c) && c != '-' && c != '_' && c != '.')
            {
                return false;
            }
        }
        return true;
    }

    private static string SubdomainPatternReason(string s, int start, int end)
    {
        if (start >= end)
        {
            return EmptyMsg;
        }

        if (HasCharOutside(s, start, end, lowerOnly: true, allowDot: true, allowUnderscore: false))
        {
            return SubdomainCharsMsg;
        }

        if (!IsLowerAlnum(s[start]) || !IsLowerAlnum(s[end - 1]))
        {
            return StartEndMsg;
        }

        return SubdomainPartsMsg;
    }

    private static string QualifiedNamePatternReason(string s, int start, int end)
    {
        if (start >= end)
        {
            return EmptyMsg;
        }

        if (HasCharOutside(s, start, end, lowerOnly: false, allowDot: true, allowUnderscore: true))
        {
            return NameCharsMsg;
        }

        return StartEndMsg;
    }

    private static bool HasCharOutside(string s, int start, int end, bool lowerOnly, bool allowDot, bool allowUnderscore)
    {
        for (int i = start; i < end; i++)
        {
            char c = s[i];
            if (lowerOnly ? IsLowerAlnum(c) : IsAlnum(c))
            {
                continue;
            }

            if (c == '-')
            {
                continue;
            }

            if (c == '.' && allowDot)
            {
                continue;
            }

            if (c == '_' && allowUnderscore)
            {
                continue;
            }

            return true;
        }
        return false;
    }

    // ---------------------------------------------------------------- helpers

    private static string MaxLen(int n) => "must be no more than " + n.ToString(System.Globalization.CultureInfo.InvariantCulture) + " characters";

    private static string? Join(string? a, string? b)
    {
        if (a == null)
        {
            return b;
        }

        if (b == null)
        {
            return a;
        }

        return a + "; " + b;
    }

    private static int Utf8Length(string s, int start, int end)
    {
        int n = 0;
        for (int i = start; i < end; i++)
        {
            char c = s[i];
            if (c < 0x80)
            {
                n += 1;
            }
            else if (c < 0x800)
            {
                n += 2;
            }
            else if (char.IsHighSurrogate(c) && i + 1 < end && char.IsLowSurrogate(s[i + 1])) { n += 4; i++; }
            else
            {
                n += 3;
            }
        }
        return n;
    }

    private static bool IsDigit(char c) => c >= '0' && c <= '9';
    private static bool IsAsciiLetter(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    private static bool IsLowerAlnum(char c) => (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    private static bool IsAlnum(char c) => IsAsciiLetter(c) || IsDigit(c);
}
