using EnvoyGateway.Dsl.Cel;

namespace EnvoyGateway.Dsl.Tests.Cel;

/// <summary>The CEL semantics of the runtime the translated rules call.</summary>
public sealed class CelLibTests
{
    [Theory]
    [InlineData("0", 0L)]
    [InlineData("1h30m", 5_400_000_000_000L)]
    [InlineData("250ms", 250_000_000L)]
    [InlineData("1.5s", 1_500_000_000L)]
    [InlineData("-2us", -2_000L)]
    [InlineData("1µs", 1_000L)]
    public void Duration_parses_Go_durations(string text, long nanoseconds) => Assert.Equal(nanoseconds, CelDuration.Parse(text).Nanoseconds);

    [Theory]
    [InlineData("")]
    [InlineData("1")]
    [InlineData("1d")]
    [InlineData("s")]
    [InlineData(".s")]
    public void Duration_rejects_what_Go_rejects(string text) => Assert.Throws<CelEvaluationException>(() => CelDuration.Parse(text));

    [Theory]
    [InlineData("^a$", "a\n", false)] // RE2's $ is the end of text; .NET's would match before the newline
    [InlineData("^[0-9]+$", "12", true)]
    [InlineData("^\\d+$", "١٢", false)] // \d is ASCII in RE2
    [InlineData("b", "abc", true)] // matches() searches
    [InlineData("^[a-z-[x]]$", "a]", true)] // "[" in a class is a literal in RE2, not .NET class subtraction
    public void Regex_has_RE2_meaning(string pattern, string input, bool matches) => Assert.Equal(matches, CelRegex.Compile(pattern).IsMatch(input));

    [Theory]
    [InlineData("10.0.0.1", true)]
    [InlineData("010.0.0.1", false)]
    [InlineData("1.2.3", false)]
    [InlineData("::1", true)]
    [InlineData("fe80::1%eth0", false)]
    [InlineData("example.com", false)]
    public void IsIP_is_Kubernetes_isIP(string text, bool isIP) => Assert.Equal(isIP, CelStrings.IsIP(text));

    [Fact]
    public void And_and_or_absorb_an_error_when_the_other_side_decides()
    {
        static bool Fails() => throw new CelEvaluationException("no such key: x");
        Assert.False(CelLib.And(Fails, () => false));
        Assert.True(CelLib.Or(Fails, () => true));
        Assert.Throws<CelEvaluationException>(() => CelLib.And(Fails, () => true));
        Assert.Throws<CelEvaluationException>(() => CelLib.Or(Fails, () => false));
    }

    [Fact]
    public void All_and_exists_absorb_an_error_when_another_element_decides()
    {
        Assert.False(CelLib.All([1, 2], x => x == 1 ? throw new CelEvaluationException("e") : false));
        Assert.True(CelLib.Exists([1, 2], x => x == 1 ? throw new CelEvaluationException("e") : true));
        Assert.Throws<CelEvaluationException>(() => CelLib.All([1, 2], x => x == 1 ? throw new CelEvaluationException("e") : true));
    }

    [Fact]
    public void Size_counts_code_points_and_substring_indexes_them()
    {
        Assert.Equal(3L, CelStrings.Size("a😀b"));
        Assert.Equal("b", CelStrings.Substring("a😀b", 2));
        Assert.Throws<CelEvaluationException>(() => CelStrings.Substring("ab", 3));
    }

    [Fact]
    public void Ascii_case_mapping_leaves_other_letters()
    {
        Assert.Equal("abcÄ", CelStrings.LowerAscii("AbCÄ"));
        Assert.Equal("POSTé", CelStrings.UpperAscii("postÉ".Replace('É', 'é')));
    }

    [Fact]
    public void Dns1123_label_format_returns_errors_or_null()
    {
        Assert.Null(CelStrings.ValidateFormat("dns1123Label", "my-name"));
        Assert.NotNull(CelStrings.ValidateFormat("dns1123Label", "My_Name"));
    }
}
