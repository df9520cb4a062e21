// RE2 syntax checker: a hand-written port of the acceptance rules of Go's regexp/syntax.Parse
// with syntax.Perl flags (ClassNL | OneLine | PerlX | UnicodeGroups), which is what
// regexp.Compile uses (Envoy Gateway validates regexes with Go) and which follows the grammar of
// Google's C++ RE2 (what Envoy itself compiles with). Where the two differ, the pattern is
// rejected if EITHER rejects it:
//   * \C (any byte): accepted by C++ RE2, rejected by Go          -> rejected
//   * duplicate capture names: accepted by Go, rejected by C++ RE2 -> rejected
//   * (?<name>...): Go >= 1.22 and RE2 >= 2023-06                  -> accepted, like (?P<name>...)
// Not modelled: Go's program-size limit (ErrLarge, only reachable with patterns of thousands of
// characters under a large repeat) and Envoy's RE2 program-size limit (a semantic limit, not syntax).
// The nesting-depth limit (Go: regexp tree height <= 1000) is approximated: at most 999 nested
// capturing groups (exact for plain nesting like "((((a))))"), and at most 1000 nested groups of any
// kind (Go itself accepts deeper non-capturing nesting since "(?:...)" adds no tree node).
//
// Go quirks mirrored on purpose: "^*", "\b+", "()*" are valid; a flag group "(?i)" pushes nothing,
// so "a(?i)*" is "a*"; "a{,5}" and "a{01}" are literals (not repeats); "\11" and "\012" are octal
// escapes while "\1" ... "\9" alone are (unsupported) backreferences; "]" first in a class is a literal;
// "\Q" without "\E" runs to the end; nested counted repeats may not multiply above 1000.
// Differentially tested against Go 1.19's regexp/syntax on 500k generated patterns: no differences
// (apart from the deliberate ones listed above).
//
// Success path: no allocation (one List is allocated only when 2+ named groups are present).

namespace EnvoyGateway.Dsl.Rules.Syntax;

internal static class Re2Syntax
{
    private const int MaxRepeat = 1000;
    private const int MaxDepth = 1000;        // any groups (protects the recursion; see header)
    private const int MaxCaptureDepth = 1000; // Go: 1000 nested captures exceed tree height 1000

    private struct Ctx
    {
        public string P;
        public int Pos;
        public int NamedCount;
        public int FirstNameStart;
        public int FirstNameLength;
        public List<string>? Names;
        public string? Error;
    }

    /// <summary>Null when <paramref name="pattern"/> is valid RE2 syntax, else a short reason.</summary>
    public static string? Validate(string pattern)
    {
        if (pattern == null)
        {
            return "pattern is null";
        }

        var c = new Ctx { P = pattern };
        int r = ParseLevel(ref c, 0, 0, out _);
        if (r < 0)
        {
            return c.Error;
        }

        if (r == 1)
        {
            return "unbalanced parenthesis: unexpected ) at offset " + (c.Pos - 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return null;
    }

    public static bool IsValid(string pattern) => Validate(pattern) == null;

    // Returns 0 at end of input, 1 after consuming ')', -1 on error (c.Error set).
    // groupWeight: max product of nested {n,m} counts inside (Go's repeatIsValid bookkeeping).
    private static int ParseLevel(ref Ctx c, int depth, int captureDepth, out int groupWeight)
    {
        string p = c.P;
        int len = p.Length;

        bool hasAtom = false;   // stack top is something a repetition operator may apply to
        int atomWeight = 1;     // weight of that top item
        int levelMax = 1;       // max weight of the completed items of this group
        int lastRepeatStart = -1;
        bool lastRepeatNonGreedy = false;
        groupWeight = 1;

        while (c.Pos < len)
        {
            int start = c.Pos;
            char ch = p[start];
            int repeatStart = -1;
            bool repeatNonGreedy = false;

            switch (ch)
            {
                case '(':
                {
                    bool openGroup, capture = true;
                    if (start + 1 < len && p[start + 1] == '?')
                    {
                        if (!ParsePerlGroup(ref c, out openGroup, out capture))
                            {
                                return -1;
                            }

                            if (!openGroup)
                            {
                                break; // flags only: nothing pushed
                            }
                        }
                    else
                    {
                        c.Pos++;
                    }
                    int innerCaptureDepth = capture ? captureDepth + 1 : captureDepth;
                    if (innerCaptureDepth >= MaxCaptureDepth || depth + 1 > MaxDepth)
                    {
                        c.Error = "expression nests too deeply (at most 999 nested capturing groups, 1000 groups in all)";
                        return -1;
                    }
                    int r = ParseLevel(ref c, depth + 1, innerCaptureDepth, out int inner);
                    if (r < 0)
                        {
                            return -1;
                        }

                        if (r == 0)
                    {
                        c.Error = "unbalanced parenthesis: missing closing )";
                        return -1;
                    }
                    Push(ref hasAtom, ref atomWeight, ref levelMax, inner);
                    break;
                }
                case ')':
                    if (depth == 0)
                    {
                        c.Pos++;
                        return 1;
                    }
                    if (hasAtom && atomWeight > levelMax)
                    {
                        levelMax = atomWeight;
                    }

                    groupWeight = levelMax;
                    c.Pos++;
                    return 1;
                case '|':
                    if (hasAtom && atomWeight > levelMax)
                    {
                        levelMax = atomWeight;
                    }

                    hasAtom = false;
                    c.Pos++;
                    break;
                case '^':
                case '$':
                case '.':
                    c.Pos++;
                    Push(ref hasAtom, ref atomWeight, ref levelMax, 1);
                    break;
                case '[':
                    if (!ParseClass(ref c))
                    {
                        return -1;
                    }

                    Push(ref hasAtom, ref atomWeight, ref levelMax, 1);
                    break;
                case '*':
                case '+':
                case '?':
                {
                    int after = start + 1;
                    if (after < len && p[after] == '?')
                    {
                        after++;
                        repeatNonGreedy = true;
                    }
                    if (!ApplyRepeat(ref c, start, after, ch, 0, 0, lastRepeatStart, lastRepeatNonGreedy, repeatNonGreedy,
                            hasAtom, ref atomWeight))
                        {
                            return -1;
                        }

                        c.Pos = after;
                    repeatStart = start;
                    break;
                }
                case '{':
                {
                    if (!TryParseRepeat(p, start, out int min, out int max, out int after))
                    {
                        // not a repeat: '{' is a literal
                        c.Pos++;
                        Push(ref hasAtom, ref atomWeight, ref levelMax, 1);
                        break;
                    }
                    if (min < 0 || min > MaxRepeat || max > MaxRepeat || (max >= 0 && min > max))
                    {
                        string rep = p.Substring(start, after - start);
                        c.Error = min < 0 || min > MaxRepeat || max > MaxRepeat
                            ? "repeat count exceeds 1000 in " + rep
                            : "invalid repeat count " + rep + " (min > max)";
                        return -1;
                    }
                    if (after < len && p[after] == '?')
                    {
                        after++;
                        repeatNonGreedy = true;
                    }
                    if (!ApplyRepeat(ref c, start, after, '{', min, max, lastRepeatStart, lastRepeatNonGreedy, repeatNonGreedy,
                            hasAtom, ref atomWeight))
                        {
                            return -1;
                        }

                        c.Pos = after;
                    repeatStart = start;
                    break;
                }
                case '\\':
                    if (!ParseTopEscape(ref c, out bool pushed))
                    {
                        return -1;
                    }

                    if (pushed)
                    {
                        Push(ref hasAtom, ref atomWeight, ref levelMax, 1);
                    }

                    break;
                default:
                    if (!NextRune(ref c, out _))
                    {
                        return -1;
                    }

                    Push(ref hasAtom, ref atomWeight, ref levelMax, 1);
                    break;
            }

            lastRepeatStart = repeatStart;
            lastRepeatNonGreedy = repeatNonGreedy;
        }

        if (hasAtom && atomWeight > levelMax)
        {
            levelMax = atomWeight;
        }

        groupWeight = levelMax;
        return 0;
    }

    private static void Push(ref bool hasAtom, ref int atomWeight, ref int levelMax, int weight)
    {
        if (hasAtom && atomWeight > levelMax)
        {
            levelMax = atomWeight;
        }

        hasAtom = true;
        atomWeight = weight;
    }

    // Go: parser.repeat. op is '*', '+', '?' or '{'.
    private static bool ApplyRepeat(ref Ctx c, int start, int after, char op, int min, int max,
        int lastRepeatStart, bool lastNonGreedy, bool nonGreedy, bool hasAtom, ref int atomWeight)
    {
        string p = c.P;
        if (lastRepeatStart >= 0)
        {
            string text = p.Substring(lastRepeatStart, after - lastRepeatStart);
            if (op == '+' && !lastNonGreedy && !nonGreedy)
            {
                c.Error = "possessive quantifier '" + text + "' is not supported by RE2";
            }
            else
            {
                c.Error = "bad repetition operator: " + text + " (repetition operators cannot be stacked)";
            }
            return false;
        }
        if (!hasAtom)
        {
            c.Error = "missing argument to repetition operator " + p.Substring(start, after - start) + " (nothing to repeat)";
            return false;
        }
        if (op == '{')
        {
            int m = max < 0 ? min : max;
            int w = m == 0 ? 1 : m * atomWeight;
            if ((min >= 2 || max >= 2) && w > MaxRepeat)
            {
                c.Error = "repeat count exceeds 1000 (nested repetition " + p.Substring(start, after - start) + ")";
                return false;
            }
            atomWeight = w;
        }
        return true;
    }

    // Go: parser.parseRepeat + parseInt. s[start] == '{'.
    private static bool TryParseRepeat(string s, int start, out int min, out int max, out int after)
    {
        min = 0;
        max = 0;
        after = start;
        int i = start + 1;
        if (!TryParseInt(s, ref i, out min))
        {
            return false;
        }

        if (i >= s.Length)
        {
            return false;
        }

        if (s[i] != ',')
        {
            max = min;
        }
        else
        {
            i++;
            if (i >= s.Length)
            {
                return false;
            }

            if (s[i] == '}')
            {
                max = -1;
            }
            else
            {
                if (!TryParseInt(s, ref i, out max))
                {
                    return false;
                }

                if (max < 0)
                {
                    min = -1; // too big
                }
            }
        }
        if (i >= s.Length || s[i] != '}')
        {
            return false;
        }

        after = i + 1;
        return true;
    }

    // Go: parser.parseInt - digits, no leading zeros (except "0"), -1 when >= 1e8.
    private static bool TryParseInt(string s, ref int i, out int n)
    {
        n = 0;
        if (i >= s.Length || s[i] < '0' || s[i] > '9')
        {
            return false;
        }

        if (i + 1 < s.Length && s[i] == '0' && s[i + 1] >= '0' && s[i + 1] <= '9')
        {
            return false;
        }

        while (i < s.Length && s[i] >= '0' && s[i] <= '9')
        {
            if (n >= 0)
            {
                if (n >= 100000000)
                {
                    n = -1;
                }
                else
                {
                    n = n * 10 + (s[i] - '0');
                }
            }
            i++;
        }
        return true;
    }

    // ------------------------------------------------------------------ (? ... groups

    // c.Pos at "(?". On success either a group was opened (c.Pos after its header) or flags were
    // changed (c.Pos after ')').
    private static bool ParsePerlGroup(ref Ctx c, out bool openGroup, out bool capture)
    {
        openGroup = false;
        capture = false;
        string p = c.P;
        int len = p.Length;
        int s = c.Pos;
        int t = s + 2;

        string? unsupported = DescribeUnsupportedGroup(p, t);
        if (unsupported != null)
        {
            c.Error = unsupported;
            return false;
        }

        // Named captures: (?P<name>re) and (?<name>re)
        bool startsWithP = len - s > 4 && p[s + 2] == 'P' && p[s + 3] == '<';
        bool startsWithName = len - s > 3 && p[s + 2] == '<';
        if (startsWithP || startsWithName)
        {
            int nameStart = startsWithP ? s + 4 : s + 3;
            int end = p.IndexOf('>', s);
            if (end < 0)
            {
                c.Error = "invalid named capture: missing > in " + Snippet(p, s);
                return false;
            }
            int nameLen = end - nameStart;
            if (nameLen <= 0 || !IsValidCaptureName(p, nameStart, end))
            {
                c.Error = "invalid named capture " + p.Substring(s, end + 1 - s) +
                          " (names must be non-empty and use only letters, digits and '_')";
                return false;
            }
            if (!RegisterName(ref c, nameStart, nameLen))
            {
                return false;
            }

            c.Pos = end + 1;
            openGroup = true;
            capture = true;
            return true;
        }

        // Flags: (?flags) or (?flags:re); flags i m s U, with one optional '-' negation.
        int sign = 1;
        bool sawFlag = false;
        while (t < len)
        {
            char ch = p[t++];
            switch (ch)
            {
                case 'i':
                case 'm':
                case 's':
                case 'U':
                    sawFlag = true;
                    continue;
                case '-':
                    if (sign < 0)
                    {
                        c.Error = "invalid flag group " + Snippet(p, s) + " (more than one '-')";
                        return false;
                    }
                    sign = -1;
                    sawFlag = false;
                    continue;
                case ':':
                case ')':
                    if (sign < 0 && !sawFlag)
                    {
                        c.Error = "invalid flag group " + p.Substring(s, t - s) + " (no flag after '-')";
                        return false;
                    }
                    c.Pos = t;
                    openGroup = ch == ':';
                    return true;
                default:
                    if (ch == 'x')
                    {
                        c.Error = "inline flag 'x' (extended mode) is not supported by RE2 (only i, m, s and U)";
                    }
                    else if (IsAsciiLetter(ch))
                    {
                        c.Error = "inline flag '" + ch + "' is not supported by RE2 (only i, m, s and U)";
                    }
                    else
                    {
                        c.Error = "invalid or unsupported group syntax " + Snippet(p, s);
                    }

                    return false;
            }
        }
        c.Error = "unbalanced parenthesis: missing closing ) after " + Snippet(p, s);
        return false;
    }

    // Perl/PCRE group forms that RE2 rejects; t points just after "(?". Only returns non-null for
    // inputs that Go rejects as well.
    private static string? DescribeUnsupportedGroup(string p, int t)
    {
        if (t >= p.Length)
        {
            return null;
        }

        char a = p[t];
        char b = t + 1 < p.Length ? p[t + 1] : '\0';
        switch (a)
        {
            case '=': return "lookahead (?=...) is not supported by RE2";
            case '!': return "negative lookahead (?!...) is not supported by RE2";
            case '<':
                if (b == '=')
                {
                    return "lookbehind (?<=...) is not supported by RE2";
                }

                if (b == '!')
                {
                    return "negative lookbehind (?<!...) is not supported by RE2";
                }

                return null;
            case '>': return "atomic group (?>...) is not supported by RE2";
            case '(': return "conditional (?(...)...) is not supported by RE2";
            case '#': return "comment group (?#...) is not supported by RE2";
            case '|': return "branch reset group (?|...) is not supported by RE2";
            case '\'': return "named group (?'name'...) is not supported by RE2; use (?P<name>...)";
            case 'R':
                return "recursion (?R) is not supported by RE2";
            case '&': return "subroutine call (?&name) is not supported by RE2";
            case 'P':
                if (b == '=')
                {
                    return "named backreference (?P=name) is not supported by RE2";
                }

                if (b == '>')
                {
                    return "subroutine call (?P>name) is not supported by RE2";
                }

                return null;
            case '+':
            case '-':
                if (b >= '0' && b <= '9')
                {
                    return "recursion/subroutine call (?" + a + b + ") is not supported by RE2";
                }

                return null;
            default:
                if (a >= '0' && a <= '9')
                {
                    return "recursion/subroutine call (?" + a + ") is not supported by RE2";
                }

                return null;
        }
    }

    private static bool IsValidCaptureName(string p, int start, int end)
    {
        for (int i = start; i < end; i++)
        {
            char ch = p[i];
            if (ch != '_' && !IsAsciiLetter(ch) && !(ch >= '0' && ch <= '9'))
            {
                return false;
            }
        }
        return true;
    }

    private static bool RegisterName(ref Ctx c, int start, int length)
    {
        c.NamedCount++;
        if (c.NamedCount == 1)
        {
            c.FirstNameStart = start;
            c.FirstNameLength = length;
            return true;
        }
        if (c.Names == null)
        {
            c.Names = new List<string> { c.P.Substring(c.FirstNameStart, c.FirstNameLength) };
        }
        string name = c.P.Substring(start, length);
        for (int i = 0; i < c.Names.Count; i++)
        {
            if (string.Equals(c.Names[i], name, System.StringComparison.Ordinal))
            {
                c.Error = "duplicate capture group name '" + name + "' (rejected by RE2)";
                return false;
            }
        }
        c.Names.Add(name);
        return true;
    }

    // ------------------------------------------------------------------ escapes

    // Top-level escape (outside a class). c.Pos at '\\'.
    private static bool ParseTopEscape(ref Ctx c, out bool pushed)
    {
        pushed = true;
        string p = c.P;
        int s = c.Pos;
        if (s + 1 < p.Length)
        {
            switch (p[s + 1])
            {
                case 'A':
                case 'b':
                case 'B':
                case 'z':
                    c.Pos = s + 2;
                    return true;
                case 'C':
                    c.Error = "\\C (match any byte) is not supported (rejected by Go's regexp)";
                    return false;
                case 'Q':
                {
                    int e = p.IndexOf("\\E", s + 2, System.StringComparison.Ordinal);
                    int litEnd = e < 0 ? p.Length : e;
                    c.Pos = s + 2;
                    while (c.Pos < litEnd)
                    {
                        if (!NextRune(ref c, out _))
                            {
                                return false;
                            }
                        }
                    pushed = litEnd > s + 2;
                    c.Pos = e < 0 ? p.Length : e + 2;
                    return true;
                }
                case 'p':
                case 'P':
                    return ParseUnicodeClass(ref c);
                case 'd':
                case 'D':
                case 's':
                case 'S':
                case 'w':
                case 'W':
                    c.Pos = s + 2;
                    return true;
            }
        }
        return ParseEscape(ref c, out _);
    }

    // Go: parser.parseEscape. c.Pos at '\\'. Produces the literal code point.
    private static bool ParseEscape(ref Ctx c, out int r)
    {
        r = 0;
        string p = c.P;
        int s = c.Pos;
        int t = s + 1;
        if (t >= p.Length)
        {
            c.Error = "trailing backslash at end of expression";
            return false;
        }
        c.Pos = t;
        if (!NextRune(ref c, out int ch))
        {
            return false;
        }

        t = c.Pos;

        switch (ch)
        {
            case '1':
            case '2':
            case '3':
            case '4':
            case '5':
            case '6':
            case '7':
                // a single non-zero digit is a backreference; followed by an octal digit it is octal
                if (t >= p.Length || p[t] < '0' || p[t] > '7')
                {
                    c.Error = "backreference \\" + (char)ch + " is not supported by RE2";
                    return false;
                }
                goto case '0';
            case '0':
                r = ch - '0';
                for (int i = 1; i < 3; i++)
                {
                    if (t >= p.Length || p[t] < '0' || p[t] > '7')
                    {
                        break;
                    }

                    r = r * 8 + (p[t] - '0');
                    t++;
                }
                c.Pos = t;
                return true;
            case '8':
            case '9':
                c.Error = "backreference \\" + (char)ch + " is not supported by RE2";
                return false;
            case 'x':
            {
                if (t >= p.Length)
                    {
                        break;
                    }

                    if (p[t] == '{')
                {
                    t++;
                    int nhex = 0;
                    int v = 0;
                    bool closed = false;
                    while (t < p.Length)
                    {
                        char h = p[t++];
                        if (h == '}')
                        {
                            closed = true;
                            break;
                        }
                        int d = Unhex(h);
                        if (d < 0)
                            {
                                break;
                            }

                            v = v * 16 + d;
                        if (v > 0x10FFFF)
                            {
                                break;
                            }

                            nhex++;
                    }
                    if (!closed || nhex == 0)
                    {
                        c.Error = "invalid escape " + Slice(p, s, t) + " (expected \\x{hex})";
                        return false;
                    }
                    c.Pos = t;
                    r = v;
                    return true;
                }
                int x = Unhex(p[t]);
                int y = t + 1 < p.Length ? Unhex(p[t + 1]) : -1;
                if (x < 0 || y < 0)
                {
                    c.Error = "invalid escape " + Slice(p, s, t + 2) + " (expected \\xHH or \\x{hex})";
                    return false;
                }
                c.Pos = t + 2;
                r = x * 16 + y;
                return true;
            }
            case 'a': r = 7; return true;
            case 'f': r = 12; return true;
            case 'n': r = 10; return true;
            case 'r': r = 13; return true;
            case 't': r = 9; return true;
            case 'v': r = 11; return true;
            default:
                if (ch < 0x80 && !IsAsciiLetter((char)ch) && !(ch >= '0' && ch <= '9'))
                {
                    // escaped punctuation (and '_') is always itself
                    r = ch;
                    return true;
                }
                break;
        }

        string esc = p.Substring(s, c.Pos - s);
        c.Error = DescribeBadEscape(esc, ch);
        return false;
    }

    private static string DescribeBadEscape(string esc, int ch)
    {
        switch (ch)
        {
            case 'Z': return "\\Z is not supported by RE2 (use \\z for end of text)";
            case 'G': return "\\G (end of previous match) is not supported by RE2";
            case 'K': return "\\K (reset match start) is not supported by RE2";
            case 'X': return "\\X (extended grapheme cluster) is not supported by RE2";
            case 'R': return "\\R (any line break) is not supported by RE2";
            case 'h':
            case 'H': return "\\" + (char)ch + " (horizontal whitespace) is not supported by RE2; use [\\t ] or \\s";
            case 'N': return "\\N is not supported by RE2";
            case 'e': return "\\e is not supported by RE2; use \\x1B";
            case 'c': return "\\c control escapes are not supported by RE2; use \\xHH";
            case 'u':
            case 'U': return "\\" + (char)ch + " escapes are not supported by RE2; use \\x{hex}";
            case 'k':
            case 'g': return "backreference \\" + (char)ch + " is not supported by RE2";
            case 'E': return "invalid escape \\E (no matching \\Q)";
            default: return "invalid escape " + esc;
        }
    }

    // c.Pos at '\\' followed by 'p' or 'P' (Go: parser.parseUnicodeClass, committed form).
    private static bool ParseUnicodeClass(ref Ctx c)
    {
        string p = c.P;
        int s = c.Pos;
        int t = s + 2;
        int nameStart, nameEnd, end;
        if (t >= p.Length)
        {
            c.Error = "invalid Unicode character class " + p.Substring(s) + " (missing class name)";
            return false;
        }
        if (p[t] != '{')
        {
            nameStart = t;
            c.Pos = t;
            if (!NextRune(ref c, out _))
            {
                return false;
            }

            nameEnd = c.Pos;
            end = c.Pos;
        }
        else
        {
            int close = p.IndexOf('}', s);
            if (close < 0)
            {
                c.Error = "invalid Unicode character class " + Snippet(p, s) + " (missing closing })";
                return false;
            }
            nameStart = t + 1;
            nameEnd = close;
            end = close + 1;
        }
        if (nameStart < nameEnd && p[nameStart] == '^')
        {
            nameStart++;
        }

        if (!UnicodeClassNames.Contains(p, nameStart, nameEnd - nameStart))
        {
            c.Error = "invalid Unicode character class " + p.Substring(s, end - s) + " (unknown category or script)";
            return false;
        }
        c.Pos = end;
        return true;
    }

    // ------------------------------------------------------------------ character classes

    // Go: parser.parseClass. c.Pos at '['.
    private static bool ParseClass(ref Ctx c)
    {
        string p = c.P;
        int len = p.Length;
        int classStart = c.Pos;
        int t = classStart + 1;
        if (t < len && p[t] == '^')
        {
            t++;
        }

        bool first = true; // ']' is literal as the first character
        while (t >= len || p[t] != ']' || first)
        {
            first = false;

            // POSIX [:alpha:]
            if (len - t > 2 && p[t] == '[' && p[t + 1] == ':')
            {
                int i = p.IndexOf(":]", t + 2, System.StringComparison.Ordinal);
                if (i >= 0)
                {
                    if (!IsPosixClass(p, t, i + 2))
                    {
                        c.Error = "invalid POSIX character class " + p.Substring(t, i + 2 - t);
                        return false;
                    }
                    t = i + 2;
                    continue;
                }
            }

            if (t + 1 < len && p[t] == '\\')
            {
                char e = p[t + 1];
                if (e == 'p' || e == 'P')
                {
                    c.Pos = t;
                    if (!ParseUnicodeClass(ref c))
                    {
                        return false;
                    }

                    t = c.Pos;
                    continue;
                }
                if (e == 'd' || e == 'D' || e == 's' || e == 'S' || e == 'w' || e == 'W')
                {
                    t += 2;
                    continue;
                }
            }

            int rangeStart = t;
            c.Pos = t;
            if (!ParseClassChar(ref c, classStart, out int lo))
            {
                return false;
            }

            t = c.Pos;
            if (len - t >= 2 && p[t] == '-' && p[t + 1] != ']')
            {
                c.Pos = t + 1;
                if (!ParseClassChar(ref c, classStart, out int hi))
                {
                    return false;
                }

                t = c.Pos;
                if (hi < lo)
                {
                    c.Error = "invalid character class range " + p.Substring(rangeStart, t - rangeStart);
                    return false;
                }
            }
        }
        c.Pos = t + 1; // chop ]
        return true;
    }

    private static bool ParseClassChar(ref Ctx c, int classStart, out int r)
    {
        r = 0;
        if (c.Pos >= c.P.Length)
        {
            c.Error = "missing closing ] for character class starting at offset " +
                      classStart.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return false;
        }
        if (c.P[c.Pos] == '\\')
        {
            // \b, \A, \z, \Q, \C ... are not valid inside a class (parseEscape rejects them)
            char e = c.Pos + 1 < c.P.Length ? c.P[c.Pos + 1] : '\0';
            if (!ParseEscape(ref c, out r))
            {
                if (e == 'b')
                {
                    c.Error = "\\b (backspace) is not supported inside a character class by RE2; use \\x08";
                }

                return false;
            }
            return true;
        }
        return NextRune(ref c, out r);
    }

    private static readonly string[] PosixClasses =
    {
        "alnum", "alpha", "ascii", "blank", "cntrl", "digit", "graph",
        "lower", "print", "punct", "space", "upper", "word", "xdigit",
    };

    // p[start, end) is "[:name:]" or "[:^name:]"
    private static bool IsPosixClass(string p, int start, int end)
    {
        int nameStart = start + 2;
        int nameEnd = end - 2;
        if (nameStart < nameEnd && p[nameStart] == '^')
        {
            nameStart++;
        }

        int n = nameEnd - nameStart;
        for (int i = 0; i < PosixClasses.Length; i++)
        {
            string name = PosixClasses[i];
            if (name.Length == n && string.CompareOrdinal(p, nameStart, name, 0, n) == 0)
            {
                return true;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------ helpers

    // Reads one code point (surrogate pairs combined); lone surrogates are invalid (Go: invalid UTF-8).
    private static bool NextRune(ref Ctx c, out int r)
    {
        string p = c.P;
        char ch = p[c.Pos];
        if (ch >= 0xD800 && ch <= 0xDFFF)
        {
            if (ch <= 0xDBFF && c.Pos + 1 < p.Length && char.IsLowSurrogate(p[c.Pos + 1]))
            {
                r = char.ConvertToUtf32(ch, p[c.Pos + 1]);
                c.Pos += 2;
                return true;
            }
            r = 0;
            c.Error = "invalid UTF-16 (lone surrogate) at offset " + c.Pos.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return false;
        }
        r = ch;
        c.Pos++;
        return true;
    }

    private static int Unhex(char ch)
    {
        if (ch >= '0' && ch <= '9')
        {
            return ch - '0';
        }

        if (ch >= 'a' && ch <= 'f')
        {
            return ch - 'a' + 10;
        }

        if (ch >= 'A' && ch <= 'F')
        {
            return ch - 'A' + 10;
        }

        return -1;
    }

    private static bool IsAsciiLetter(char ch) => (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');

    private static string Snippet(string p, int start)
    {
        int n = p.Length - start;
        return n <= 12 ? p.Substring(start) : Slice(p, start, start + 12) + "...";
    }

    // p[start, end) widened so that it never cuts a surrogate pair in half.
    private static string Slice(string p, int start, int end)
    {
        if (end > p.Length)
        {
            end = p.Length;
        }

        if (end < p.Length && end > start && char.IsHighSurrogate(p[end - 1]) && char.IsLowSurrogate(p[end]))
        {
            end++;
        }

        return p.Substring(start, end - start);
    }

    // Names accepted by \p{...}: "Any", Unicode general categories and scripts (Go's unicode
    // tables / RE2's unicode_groups; case-sensitive).
    private static class UnicodeClassNames
    {
        private static readonly string[] Names =
        {
            "Any",
            "C", "Cc", "Cf", "Co", "Cs", "L", "Ll", "Lm", "Lo", "Lt", "Lu", "M", "Mc", "Me", "Mn",
            "N", "Nd", "Nl", "No", "P", "Pc", "Pd", "Pe", "Pf", "Pi", "Po", "Ps",
            "S", "Sc", "Sk", "Sm", "So", "Z", "Zl", "Zp", "Zs",
            "Adlam", "Ahom", "Anatolian_Hieroglyphs", "Arabic", "Armenian", "Avestan", "Balinese", "Bamum",
            "Bassa_Vah", "Batak", "Bengali", "Bhaiksuki", "Bopomofo", "Brahmi", "Braille", "Buginese", "Buhid",
            "Canadian_Aboriginal", "Carian", "Caucasian_Albanian", "Chakma", "Cham", "Cherokee", "Chorasmian",
            "Common", "Coptic", "Cuneiform", "Cypriot", "Cypro_Minoan", "Cyrillic", "Deseret", "Devanagari",
            "Dives_Akuru", "Dogra", "Duployan", "Egyptian_Hieroglyphs", "Elbasan", "Elymaic", "Ethiopic",
            "Garay", "Georgian", "Glagolitic", "Gothic", "Grantha", "Greek", "Gujarati", "Gunjala_Gondi",
            "Gurmukhi", "Gurung_Khema", "Han", "Hangul", "Hanifi_Rohingya", "Hanunoo", "Hatran", "Hebrew",
            "Hiragana", "Imperial_Aramaic", "Inherited", "Inscriptional_Pahlavi", "Inscriptional_Parthian",
            "Javanese", "Kaithi", "Kannada", "Katakana", "Kawi", "Kayah_Li", "Kharoshthi", "Khitan_Small_Script",
            "Khmer", "Khojki", "Khudawadi", "Kirat_Rai", "Lao", "Latin", "Lepcha", "Limbu", "Linear_A",
            "Linear_B", "Lisu", "Lycian", "Lydian", "Mahajani", "Makasar", "Malayalam", "Mandaic", "Manichaean",
            "Marchen", "Masaram_Gondi", "Medefaidrin", "Meetei_Mayek", "Mende_Kikakui", "Meroitic_Cursive",
            "Meroitic_Hieroglyphs", "Miao", "Modi", "Mongolian", "Mro", "Multani", "Myanmar", "Nabataean",
            "Nag_Mundari", "Nandinagari", "New_Tai_Lue", "Newa", "Nko", "Nushu", "Nyiakeng_Puachue_Hmong",
            "Ogham", "Ol_Chiki", "Ol_Onal", "Old_Hungarian", "Old_Italic", "Old_North_Arabian", "Old_Permic",
            "Old_Persian", "Old_Sogdian", "Old_South_Arabian", "Old_Turkic", "Old_Uyghur", "Oriya", "Osage",
            "Osmanya", "Pahawh_Hmong", "Palmyrene", "Pau_Cin_Hau", "Phags_Pa", "Phoenician", "Psalter_Pahlavi",
            "Rejang", "Runic", "Samaritan", "Saurashtra", "Sharada", "Shavian", "Siddham", "SignWriting",
            "Sinhala", "Sogdian", "Sora_Sompeng", "Soyombo", "Sundanese", "Sunuwar", "Syloti_Nagri", "Syriac",
            "Tagalog", "Tagbanwa", "Tai_Le", "Tai_Tham", "Tai_Viet", "Takri", "Tamil", "Tangsa", "Tangut",
            "Telugu", "Thaana", "Thai", "Tibetan", "Tifinagh", "Tirhuta", "Todhri", "Toto", "Tulu_Tigalari",
            "Ugaritic", "Vai", "Vithkuqi", "Wancho", "Warang_Citi", "Yezidi", "Yi", "Zanabazar_Square",
        };

        public static bool Contains(string p, int start, int length)
        {
            if (length <= 0)
            {
                return false;
            }

            for (int i = 0; i < Names.Length; i++)
            {
                string n = Names[i];
                if (n.Length == length && string.CompareOrdinal(p, start, n, 0, length) == 0)
                {
                    return true;
                }
            }
            return false;
        }
    }
}
