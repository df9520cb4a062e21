using System.Text.RegularExpressions;
using EnvoyGateway.Dsl.Rules.Syntax;
using Xunit;

namespace EnvoyGateway.Dsl.Tests.Rules.Syntax;

public class Re2SyntaxTests
{
    // Patterns .NET's Regex accepts but RE2 (Go regexp/syntax, Perl flags) refuses.
    [Theory]
    [InlineData(@"(?=foo)bar", "lookahead")]
    [InlineData(@"\d+(?=%)", "lookahead")]
    [InlineData(@"(?!foo)bar", "negative lookahead")]
    [InlineData(@"(?<=foo)bar", "lookbehind")]
    [InlineData(@"(?<=\d{3})x", "lookbehind")]
    [InlineData(@"(?<!foo)bar", "negative lookbehind")]
    [InlineData(@"(?>foo)bar", "atomic group")]
    [InlineData(@"(?>a+)b", "atomic group")]
    [InlineData(@"(a)\1", "backreference \\1")]
    [InlineData(@"(a)(b)\2", "backreference \\2")]
    [InlineData(@"(a)(b)(c)(d)(e)(f)(g)(h)\8", "backreference \\8")]
    [InlineData(@"(?<n>a)\k<n>", "backreference \\k")]
    [InlineData(@"abc\Z", "\\Z is not supported")]
    [InlineData(@"\Gabc", "\\G")]
    [InlineData(@"\e", "\\e")]
    [InlineData(@"\cA", "\\c")]
    [InlineData(@"\u0041", "\\u")]
    [InlineData(@"(?x) a b ", "'x'")]
    [InlineData(@"(?i-x:a)", "'x'")]
    [InlineData(@"(?n)(a)", "'n'")]
    [InlineData(@"(?imnsx-imnsx:abc)", "'n'")]
    [InlineData(@"(?#comment)a", "comment group")]
    [InlineData(@"(?(a)b|c)", "conditional")]
    [InlineData(@"(a)(?(1)b|c)", "conditional")]
    [InlineData(@"(?'name'a)", "(?'name'")]
    [InlineData(@"[\b]", "\\b")]
    [InlineData(@"\p{IsGreek}", "Unicode character class")]
    [InlineData(@"\P{IsCyrillic}+", "Unicode character class")]
    [InlineData(@"(?<a>x)(?<a>y)", "duplicate capture group name 'a'")]
    [InlineData(@"([a-z-[aeiou]])\1", "backreference")]
    [InlineData(@"x\Z", "use \\z")]
    public void DotNetAcceptsButRe2Rejects(string pattern, string expectedFragment)
    {
        _ = new Regex(pattern); // must not throw
        var reason = Re2Syntax.Validate(pattern);
        Assert.NotNull(reason);
        Assert.Contains(expectedFragment, reason);
    }

    // Patterns RE2 rejects (whatever .NET thinks of them), with the expected reason.
    [Theory]
    [InlineData(@"a*+", "possessive quantifier '*+'")]
    [InlineData(@"a++", "possessive quantifier '++'")]
    [InlineData(@"a?+", "possessive quantifier '?+'")]
    [InlineData(@"a{2}+", "possessive quantifier '{2}+'")]
    [InlineData(@"a{2,}+", "possessive quantifier '{2,}+'")]
    [InlineData(@"x**", "bad repetition operator: **")]
    [InlineData(@"x*??", "bad repetition operator: *??")]
    [InlineData(@"x{2}{3}", "bad repetition operator: {2}{3}")]
    [InlineData(@"x+*", "bad repetition operator: +*")]
    [InlineData(@"*abc", "nothing to repeat")]
    [InlineData(@"+", "nothing to repeat")]
    [InlineData(@"a|*b", "nothing to repeat")]
    [InlineData(@"(*a)", "nothing to repeat")]
    [InlineData(@"(?i)*", "nothing to repeat")]
    [InlineData(@"{2}", "nothing to repeat")]
    [InlineData(@"x{1001}", "repeat count exceeds 1000")]
    [InlineData(@"x{0,1001}", "repeat count exceeds 1000")]
    [InlineData(@"x{99999999999}", "repeat count exceeds 1000")]
    [InlineData(@"(a{100}){100}", "repeat count exceeds 1000")]
    [InlineData(@"((a{10}){10}){11}", "repeat count exceeds 1000")]
    [InlineData(@"x{2,1}", "invalid repeat count")]
    [InlineData(@"(abc", "unbalanced parenthesis")]
    [InlineData(@"((a)", "unbalanced parenthesis")]
    [InlineData(@"abc)", "unbalanced parenthesis")]
    [InlineData(@"(?:a", "unbalanced parenthesis")]
    [InlineData(@"(?i", "unbalanced parenthesis")]
    [InlineData(@"[abc", "missing closing ]")]
    [InlineData(@"[]", "missing closing ]")]
    [InlineData(@"[^]", "missing closing ]")]
    [InlineData(@"[a-", "missing closing ]")]
    [InlineData(@"[[:alpha:]", "missing closing ]")]
    [InlineData(@"[z-a]", "invalid character class range z-a")]
    [InlineData(@"[[:foo:]]", "invalid POSIX character class [:foo:]")]
    [InlineData(@"\p{Foo}", "invalid Unicode character class \\p{Foo}")]
    [InlineData(@"\p{greek}", "invalid Unicode character class")]
    [InlineData(@"\p{Greek", "missing closing }")]
    [InlineData(@"\pX", "invalid Unicode character class")]
    [InlineData(@"\p", "invalid Unicode character class")]
    [InlineData(@"\q", "invalid escape \\q")]
    [InlineData(@"\i", "invalid escape \\i")]
    [InlineData(@"[\Q]\E]", "invalid escape \\Q")]
    [InlineData(@"[\z]", "invalid escape \\z")]
    [InlineData(@"\X", "\\X")]
    [InlineData(@"\K", "\\K")]
    [InlineData(@"\R", "\\R")]
    [InlineData(@"\C", "\\C")]
    [InlineData(@"\E", "\\E")]
    [InlineData(@"\x{110000}", "invalid escape")]
    [InlineData(@"\x{}", "invalid escape")]
    [InlineData(@"\x{41", "invalid escape")]
    [InlineData(@"\xZZ", "invalid escape")]
    [InlineData(@"\x4", "invalid escape")]
    [InlineData(@"\1", "backreference \\1")]
    [InlineData(@"\18", "backreference \\1")]
    [InlineData(@"\9", "backreference \\9")]
    [InlineData(@"abc\", "trailing backslash")]
    [InlineData(@"(?R)", "recursion")]
    [InlineData(@"(?1)", "recursion")]
    [InlineData(@"(?-1)", "recursion")]
    [InlineData(@"(?&name)", "subroutine")]
    [InlineData(@"(?P>name)", "subroutine")]
    [InlineData(@"(?P<name>a)(?P=name)", "named backreference")]
    [InlineData(@"(?|a|b)", "branch reset")]
    [InlineData(@"(?-)", "invalid flag group")]
    [InlineData(@"(?i-)", "invalid flag group")]
    [InlineData(@"(?i--s)", "invalid flag group")]
    [InlineData(@"(?P<>a)", "invalid named capture")]
    [InlineData(@"(?P<a-b>a)", "invalid named capture")]
    [InlineData(@"(?P<name", "invalid named capture")]
    [InlineData(@"(?<1 2>a)", "invalid named capture")]
    [InlineData(@"(?Pa)", "'P'")]
    [InlineData(@"\é", "invalid escape")]
    [InlineData(@"(?<a>x)|(?P<a>y)", "duplicate capture group name 'a'")]
    public void Re2Rejects(string pattern, string expectedFragment)
    {
        var reason = Re2Syntax.Validate(pattern);
        Assert.NotNull(reason);
        Assert.Contains(expectedFragment, reason);
    }

    // Valid RE2 syntax.
    [Theory]
    [InlineData(@"")]
    [InlineData(@"abc")]
    [InlineData(@"^/api/v[0-9]+/.*$")]
    [InlineData(@".*\.(jpg|png|gif)$")]
    [InlineData(@"[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}")]
    [InlineData(@"\d{3}-\d{4}")]
    [InlineData(@"(?P<name>\w+)")]
    [InlineData(@"(?<name>\w+)-(?P<other>\d+)")]
    [InlineData(@"(?P<_1>a)(?P<a_b2>b)")]
    [InlineData(@"(?i)hello")]
    [InlineData(@"(?s).*")]
    [InlineData(@"(?m)^a$")]
    [InlineData(@"(?U)a+b")]
    [InlineData(@"(?i-s:a.)b")]
    [InlineData(@"(?-i)a")]
    [InlineData(@"(?ims-U)a")]
    [InlineData(@"(?)")]
    [InlineData(@"(?:a|b)*c")]
    [InlineData(@"(?:(?:a))")]
    [InlineData(@"\p{Greek}+")]
    [InlineData(@"\pL\PL\pN")]
    [InlineData(@"\p{^Greek}\P{^Han}")]
    [InlineData(@"\p{Any}\p{Lu}\p{Cyrillic}\p{Nd}")]
    [InlineData(@"[\p{Lu}\d_]")]
    [InlineData(@"[[:alpha:]]+")]
    [InlineData(@"[[:^digit:][:space:]x]")]
    [InlineData(@"[[:x]")]
    [InlineData(@"\Qa.b*c\E+")]
    [InlineData(@"\Qunterminated (literal")]
    [InlineData(@"a\Q\E*")]
    [InlineData(@"[]a]")]
    [InlineData(@"[^]a]")]
    [InlineData(@"[a-]")]
    [InlineData(@"[-a]")]
    [InlineData(@"[a-b-c]")]
    [InlineData(@"[\d-z]")]
    [InlineData(@"[[]")]
    [InlineData(@"a{2,5}?")]
    [InlineData(@"a*?b+?c??")]
    [InlineData(@"a{,5}")]
    [InlineData(@"a{01}")]
    [InlineData(@"a{")]
    [InlineData(@"{")]
    [InlineData(@"}")]
    [InlineData(@"]")]
    [InlineData(@"x{1000}")]
    [InlineData(@"x{0,1000}")]
    [InlineData(@"x{1000,}")]
    [InlineData(@"(a{10}){100}")]
    [InlineData(@"((a{1000}){0}){2}")]
    [InlineData(@"\x41\x{1F600}\x{10FFFF}")]
    [InlineData(@"[\x00-\x{10FFFF}]")]
    [InlineData(@"\0\012\11\1234")]
    [InlineData(@"\a\f\t\n\r\v")]
    [InlineData(@"\.\*\+\?\(\)\[\]\{\}\|\^\$\\\_\-\/\ ")]
    [InlineData(@"\Aabc\z")]
    [InlineData(@"\bword\B")]
    [InlineData(@"()*")]
    [InlineData(@"(|a)+")]
    [InlineData(@"^*$+")]
    [InlineData(@"a||b|")]
    [InlineData(@"😀+[😀-😂]")]
    [InlineData(@"\x{41}{2}")]
    public void Re2Accepts(string pattern)
    {
        Assert.Null(Re2Syntax.Validate(pattern));
        Assert.True(Re2Syntax.IsValid(pattern));
    }

    [Fact]
    public void LoneSurrogateIsRejected()
    {
        Assert.NotNull(Re2Syntax.Validate("a\uD800b"));
        Assert.NotNull(Re2Syntax.Validate("[\uDC00]"));
    }

    [Fact]
    public void NestingDepthIsLimited()
    {
        string ok = new string('(', 500) + "a" + new string(')', 500);
        Assert.Null(Re2Syntax.Validate(ok));
        string deep = new string('(', 1500) + "a" + new string(')', 1500);
        Assert.Contains("nests too deeply", Re2Syntax.Validate(deep));
        // Go: 999 nested captures are fine, 1000 exceed the tree height limit
        Assert.Null(Re2Syntax.Validate(new string('(', 999) + "a" + new string(')', 999)));
        Assert.NotNull(Re2Syntax.Validate(new string('(', 1000) + "a" + new string(')', 1000)));
        string nonCapturing = Repeat("(?:", 1001) + "a" + new string(')', 1001);
        Assert.NotNull(Re2Syntax.Validate(nonCapturing));
    }

    private static string Repeat(string s, int n)
    {
        var sb = new System.Text.StringBuilder();
        for (int i = 0; i < n; i++) sb.Append(s);
        return sb.ToString();
    }

    [Fact]
    public void NullPatternIsRejected()
    {
        Assert.NotNull(Re2Syntax.Validate(null!));
    }
}
