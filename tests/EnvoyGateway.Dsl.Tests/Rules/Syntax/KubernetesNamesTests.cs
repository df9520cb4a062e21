using EnvoyGateway.Dsl.Rules.Syntax;
using Xunit;

namespace EnvoyGateway.Dsl.Tests.Rules.Syntax;

// Cases follow k8s.io/apimachinery/pkg/util/validation/validation_test.go.
public class KubernetesNamesTests
{
    private static string R(char c, int n) => new string(c, n);

    public static TheoryData<string> GoodLabels() => new()
    {
        "a", "ab", "abc", "a1", "a-1", "a--1--2--b", "0", "01", "012", "1a", "1-a", "1--a--b--2", R('a', 63),
    };

    public static TheoryData<string> BadLabels() => new()
    {
        "", "A", "ABC", "aBc", "A1", "A-1", "1-A", "-", "a-", "-a", "1-", "-1", "_", "a_", "_a", "a_b", "1_", "_1",
        "1_2", ".", "a.", ".a", "a.b", "1.", ".1", "1.2", " ", "a ", " a", "a b", "1 ", " 1", "1 2", R('a', 64), "é",
    };

    [Theory, MemberData(nameof(GoodLabels))]
    public void Dns1123Label_Good(string s)
    {
        Assert.True(KubernetesNames.IsDns1123Label(s));
        Assert.Null(KubernetesNames.ExplainDns1123Label(s));
        Assert.True(KubernetesNames.IsDns1123Subdomain(s)); // every label is a subdomain
    }

    [Theory, MemberData(nameof(BadLabels))]
    public void Dns1123Label_Bad(string s)
    {
        Assert.False(KubernetesNames.IsDns1123Label(s));
        Assert.NotNull(KubernetesNames.ExplainDns1123Label(s));
    }

    [Theory]
    [InlineData("a.b", "must not contain dots")]
    [InlineData("a_b", "must consist of lower case alphanumeric characters or '-'")]
    [InlineData("ABC", "must consist of lower case alphanumeric characters or '-'")]
    [InlineData("-a", "must start and end with an alphanumeric character")]
    [InlineData("", "must be non-empty")]
    public void Dns1123Label_Reasons(string s, string reason)
    {
        Assert.Equal(reason, KubernetesNames.ExplainDns1123Label(s));
    }

    [Fact]
    public void Dns1123Label_TooLong()
    {
        Assert.Equal("must be no more than 63 characters", KubernetesNames.ExplainDns1123Label(R('a', 64)));
        Assert.Equal("must be no more than 63 characters; must start and end with an alphanumeric character",
            KubernetesNames.ExplainDns1123Label(R('a', 63) + "-"));
    }

    public static TheoryData<string> GoodSubdomains() => new()
    {
        "a", "ab", "abc", "a1", "a-1", "a--1--2--b", "0", "01", "012", "1a", "1-a", "1--a--b--2",
        "a.a", "ab.a", "abc.a", "a1.a", "a-1.a", "a--1--2--b.a", "a.1", "ab.1", "abc.1", "a1.1", "a-1.1",
        "0.a", "01.a", "012.a", "1a.a", "1-a.a", "1--a--b--2.a", "0.1", "01.1", "012.1", "1a.1", "1-a.1",
        "a.b.c.d.e", "aa.bb.cc.dd.ee", "1.2.3.4.5", "11.22.33.44.55", "gateway.envoyproxy.io",
        R('a', 253), R('a', 100) + "." + R('b', 100), // no per-label limit
    };

    public static TheoryData<string> BadSubdomains() => new()
    {
        "", "A", "ABC", "aBc", "A1", "A-1", "1-A", "-", "a-", "-a", "1-", "-1", "_", "a_", "_a", "a_b", "1_", "_1",
        "1_2", ".", "a.", ".a", "a..b", "1.", ".1", "1..2", " ", "a ", " a", "a b", "1 ", " 1", "1 2",
        "A.a", "aB.a", "ab.A", "A1.a", "a1.A", "A.1", "aB.1", "A1.1", "1A.1", "0.A", "01.A", "012.A", "1A.a", "1a.A",
        "A.B.C.D.E", "AA.BB.CC.DD.EE", "a.B.c.d.e", "aa.bB.cc.dd.ee", "a@b", "a,b", "a;b", "a:b", "a%b",
        "a?b", "a$b", "a.-b", "a-.b", R('a', 254),
    };

    [Theory, MemberData(nameof(GoodSubdomains))]
    public void Dns1123Subdomain_Good(string s)
    {
        Assert.True(KubernetesNames.IsDns1123Subdomain(s));
        Assert.Null(KubernetesNames.ExplainDns1123Subdomain(s));
        Assert.True(KubernetesNames.IsCrdGroupPattern(s));
    }

    [Theory, MemberData(nameof(BadSubdomains))]
    public void Dns1123Subdomain_Bad(string s)
    {
        Assert.False(KubernetesNames.IsDns1123Subdomain(s));
        Assert.NotNull(KubernetesNames.ExplainDns1123Subdomain(s));
    }

    [Theory]
    [InlineData("Example.com", "must consist of lower case alphanumeric characters, '-' or '.'")]
    [InlineData("example.com.", "must start and end with an alphanumeric character")]
    [InlineData("a..b", "each '.'-separated part must start and end with an alphanumeric character")]
    [InlineData("a.-b", "each '.'-separated part must start and end with an alphanumeric character")]
    public void Dns1123Subdomain_Reasons(string s, string reason)
    {
        Assert.Equal(reason, KubernetesNames.ExplainDns1123Subdomain(s));
    }

    [Fact]
    public void Dns1123Subdomain_TooLong()
    {
        Assert.Equal("must be no more than 253 characters", KubernetesNames.ExplainDns1123Subdomain(R('a', 254)));
    }

    public static TheoryData<string> GoodQualifiedNames() => new()
    {
        "simple", "now-with-dashes", "1-starts-with-num", "1234", "simple/simple", "now-with-dashes/simple",
        "now-with-dashes/now-with-dashes", "now.with.dots/simple", "now-with.dashes-and.dots/simple",
        "1-num.2-num/3-num", "1234/5678", "1.2.3.4/5678", "Uppercase_Is_OK_123", "example.com/Uppercase_Is_OK_123",
        "requests.storage-foo", R('a', 63), R('a', 253) + "/" + R('b', 63), "gateway.envoyproxy.io/owning-gateway-name",
        "a", "A", "a.b", "a_b", "a-b", "A..b",
    };

    public static TheoryData<string> BadQualifiedNames() => new()
    {
        "nospecialchars%^=@", "cantendwithadash-", "-cantstartwithadash-", "only/one/slash", "Example.com/abc",
        "example_com/abc", "example.com/", "/simple", R('a', 64), R('a', 254) + "/abc", "", "/", "a/", "a/-b",
        "a/b.", "_a", "a_", ".a",
    };

    [Theory, MemberData(nameof(GoodQualifiedNames))]
    public void QualifiedName_Good(string s)
    {
        Assert.True(KubernetesNames.IsQualifiedName(s));
        Assert.Null(KubernetesNames.ExplainQualifiedName(s));
    }

    [Theory, MemberData(nameof(BadQualifiedNames))]
    public void QualifiedName_Bad(string s)
    {
        Assert.False(KubernetesNames.IsQualifiedName(s));
        Assert.NotNull(KubernetesNames.ExplainQualifiedName(s));
    }

    [Theory]
    [InlineData("/simple", "prefix part must be non-empty")]
    [InlineData("example.com/", "name part must be non-empty")]
    [InlineData("Example.com/abc", "prefix part must consist of lower case alphanumeric characters, '-' or '.'")]
    [InlineData("abc-", "name part must start and end with an alphanumeric character")]
    [InlineData("a%b", "name part must consist of alphanumeric characters, '-', '_' or '.'")]
    public void QualifiedName_Reasons(string s, string reason)
    {
        Assert.Equal(reason, KubernetesNames.ExplainQualifiedName(s));
    }

    [Fact]
    public void QualifiedName_ManySlashesAndLength()
    {
        Assert.Contains("'/'", KubernetesNames.ExplainQualifiedName("only/one/slash"));
        Assert.Equal("name part must be no more than 63 characters", KubernetesNames.ExplainQualifiedName(R('a', 64)));
    }

    public static TheoryData<string> GoodLabelValues() => new()
    {
        "simple", "now-with-dashes", "1-starts-with-num", "end-with-num-1", "1234", R('a', 63), "", "A", "a.b_c-D",
    };

    public static TheoryData<string> BadLabelValues() => new()
    {
        "nospecialchars%^=@", "Tama-nui-te-rā.is_Māori.at_hau_kāinga", "cantendwithadash-", "-cantstartwithadash",
        R('a', 64), "a/b", "_a", "a.",
    };

    [Theory, MemberData(nameof(GoodLabelValues))]
    public void LabelValue_Good(string s)
    {
        Assert.True(KubernetesNames.IsLabelValue(s));
        Assert.Null(KubernetesNames.ExplainLabelValue(s));
    }

    [Theory, MemberData(nameof(BadLabelValues))]
    public void LabelValue_Bad(string s)
    {
        Assert.False(KubernetesNames.IsLabelValue(s));
        Assert.NotNull(KubernetesNames.ExplainLabelValue(s));
    }

    [Fact]
    public void LabelValue_LengthIsMeasuredInUtf8Bytes()
    {
        // 40 non-ASCII characters = 80 bytes: both the length and the character rule fail (as in Go)
        string s = new string('é', 40);
        Assert.Equal("must be no more than 63 characters; must consist of alphanumeric characters, '-', '_' or '.'",
            KubernetesNames.ExplainLabelValue(s));
    }

    [Theory]
    [InlineData("HTTPRoute", true)]
    [InlineData("SecurityPolicy", true)]
    [InlineData("a", true)]
    [InlineData("A-1", true)]
    [InlineData("a--b", true)]
    [InlineData("", false)]
    [InlineData("1abc", false)]
    [InlineData("-abc", false)]
    [InlineData("abc-", false)]
    [InlineData("a_b", false)]
    [InlineData("a.b", false)]
    public void CrdKindPattern(string s, bool expected)
    {
        Assert.Equal(expected, KubernetesNames.IsCrdKindPattern(s));
    }

    [Theory]
    [InlineData("", true)]
    [InlineData("gateway.networking.k8s.io", true)]
    [InlineData("a", true)]
    [InlineData("Gateway.io", false)]
    [InlineData("a..b", false)]
    [InlineData(".a", false)]
    [InlineData("a-", false)]
    public void CrdGroupPattern(string s, bool expected)
    {
        Assert.Equal(expected, KubernetesNames.IsCrdGroupPattern(s));
    }

    [Fact]
    public void CrdGroupPattern_HasNoLengthLimit()
    {
        string s = R('a', 300) + "." + R('b', 300);
        Assert.True(KubernetesNames.IsCrdGroupPattern(s));
        Assert.False(KubernetesNames.IsDns1123Subdomain(s));
    }

    [Theory]
    [InlineData("Bad_Name!", 63, false, "bad-name")]
    [InlineData("Bad_Name!", 253, true, "bad-name")]
    [InlineData("My.Service", 63, false, "my-service")]
    [InlineData("My.Service", 253, true, "my.service")]
    [InlineData("--a--", 63, false, "a")]
    [InlineData("a--b", 63, false, "a--b")]
    [InlineData("!!!", 63, false, "")]
    [InlineData("", 63, false, "")]
    [InlineData("a..b", 253, true, "a.b")]
    [InlineData("a.-b", 253, true, "a.b")]
    [InlineData("a-.b", 253, true, "a.b")]
    [InlineData(".a.", 253, true, "a")]
    [InlineData("UPPER case", 63, false, "upper-case")]
    [InlineData("héllo", 63, false, "h-llo")]
    [InlineData("abcdef", 3, false, "abc")]
    [InlineData("ab-def", 3, false, "ab")]
    [InlineData("ab.def", 3, true, "ab")]
    public void Normalize(string input, int max, bool dots, string expected)
    {
        string result = KubernetesNames.Normalize(input, max, dots);
        Assert.Equal(expected, result);
        if (result.Length > 0)
        {
            Assert.True(result.Length <= max);
            Assert.True(dots ? KubernetesNames.IsDns1123Subdomain(result) : KubernetesNames.IsDns1123Label(result));
        }
    }

    [Fact]
    public void Normalize_TruncatesThenTrims()
    {
        string input = R('a', 62) + "-b";
        Assert.Equal(R('a', 62), KubernetesNames.Normalize(input, 63, false));
    }

    [Fact]
    public void Normalize_ReturnsSameInstanceWhenValid()
    {
        string s = "already-valid";
        Assert.Same(s, KubernetesNames.Normalize(s, 63, false));
    }
}
