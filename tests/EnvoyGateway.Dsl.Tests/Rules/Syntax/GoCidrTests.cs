using EnvoyGateway.Dsl.Rules.Syntax;
using Xunit;

namespace EnvoyGateway.Dsl.Tests.Rules.Syntax;

public class GoCidrTests
{
    [Theory]
    [InlineData("0.0.0.0/0", false, 0)]
    [InlineData("10.0.0.0/8", false, 8)]
    [InlineData("192.168.1.1/32", false, 32)]
    [InlineData("255.255.255.255/32", false, 32)]
    [InlineData("192.168.0.0/16", false, 16)]
    [InlineData("10.0.0.0/08", false, 8)]       // dtoi accepts leading zeros in the prefix
    [InlineData("10.0.0.0/0032", false, 32)]
    [InlineData("::/0", true, 0)]
    [InlineData("::1/128", true, 128)]
    [InlineData("2001:db8::/32", true, 32)]
    [InlineData("001:db8::/64", true, 64)]      // 1-4 hex digits per group
    [InlineData("2001:0db8:0000:0000:0000:0000:0000:0001/128", true, 128)]
    [InlineData("1:2:3:4:5:6:7:8/64", true, 64)]
    [InlineData("1:2:3:4:5:6::7/64", true, 64)]
    [InlineData("1::/16", true, 16)]
    [InlineData("fe80::/10", true, 10)]
    [InlineData("FE80::ABCD/64", true, 64)]
    [InlineData("::ffff:1.2.3.4/120", true, 120)]
    [InlineData("::ffff:1.2.3.4/33", true, 33)]  // IPv4-mapped is IPv6: BitLen 128
    [InlineData("::1.2.3.4/128", true, 128)]
    [InlineData("1:2:3:4:5:6:1.2.3.4/96", true, 96)]
    [InlineData("1::1.2.3.4/96", true, 96)]
    [InlineData("2001:db8::/0128", true, 128)]
    public void Valid(string cidr, bool isV6, int prefix)
    {
        Assert.True(GoCidr.TryParse(cidr, out var v6, out var len));
        Assert.Equal(isV6, v6);
        Assert.Equal(prefix, len);
        Assert.True(GoCidr.IsValid(cidr));
    }

    [Theory]
    [InlineData("")]
    [InlineData("1.2.3.4")]              // no prefix
    [InlineData("2001:db8::")]           // no prefix
    [InlineData("/8")]
    [InlineData("010.0.0.1/8")]          // leading zero (rejected since Go 1.17)
    [InlineData("1.2.3.04/32")]
    [InlineData("00.0.0.0/8")]
    [InlineData("1.2.3/24")]
    [InlineData("1.2.3.4.5/24")]
    [InlineData("1..3.4/24")]
    [InlineData(".1.2.3/24")]
    [InlineData("1.2.3./24")]
    [InlineData("256.0.0.0/8")]
    [InlineData("a.b.c.d/8")]
    [InlineData("1.2.3.4/33")]
    [InlineData("::/129")]
    [InlineData("1.2.3.4/")]
    [InlineData("1.2.3.4/-1")]
    [InlineData("1.2.3.4/+8")]
    [InlineData("1.2.3.4/0x8")]
    [InlineData("1.2.3.4/8/9")]
    [InlineData("1.2.3.4/999999999999")]
    [InlineData(" 1.2.3.4/8")]
    [InlineData("1.2.3.4/8 ")]
    [InlineData("1.2.3.4 /8")]
    [InlineData("1.2.3.4/ 8")]
    [InlineData("fe80::1%eth0/64")]      // zone
    [InlineData("fe80::1%/64")]
    [InlineData("1.2.3.4%eth0/8")]
    [InlineData("%eth0/8")]
    [InlineData("12345::/16")]           // 5 hex digits
    [InlineData("00001::/16")]
    [InlineData("1:2:3:4:5:6:7:8:9/64")]
    [InlineData("1:2:3:4:5:6:7/64")]     // too short, no ::
    [InlineData("1:2:3:4:5:6:7:8::/64")]
    [InlineData("1:2:3:4:5:6:7::8/64")]  // :: must stand for at least one group
    [InlineData("1::2::3/64")]
    [InlineData("1:::2/64")]
    [InlineData(":1::/64")]
    [InlineData("1::/")]
    [InlineData("g::/16")]
    [InlineData("1:2:3:4:5:6:7:1.2.3.4/64")]
    [InlineData("1:2:3:4:5:6::1.2.3.4/64")]
    [InlineData("::ffff:1.2.3/64")]
    [InlineData("::ffff:01.2.3.4/64")]
    [InlineData("::1.2.3.4:5/64")]
    [InlineData("[::1]/128")]
    [InlineData("1.2.3.4\n/8")]
    public void Invalid(string cidr)
    {
        Assert.False(GoCidr.TryParse(cidr, out _, out _));
    }

    [Fact]
    public void NullIsInvalid()
    {
        Assert.False(GoCidr.TryParse(null!, out _, out _));
        Assert.Null(GoCidr.SuggestCidrFor(null!));
    }

    [Theory]
    [InlineData("1.2.3.4", "1.2.3.4/32")]
    [InlineData("0.0.0.0", "0.0.0.0/32")]
    [InlineData("::1", "::1/128")]
    [InlineData("2001:db8::5", "2001:db8::5/128")]
    [InlineData("::ffff:1.2.3.4", "::ffff:1.2.3.4/128")]
    public void SuggestsHostPrefixForBareAddress(string input, string expected)
    {
        Assert.Equal(expected, GoCidr.SuggestCidrFor(input));
        Assert.True(GoCidr.IsValid(GoCidr.SuggestCidrFor(input)!));
    }

    [Theory]
    [InlineData("1.2.3.4/32")]
    [InlineData("010.0.0.1")]
    [InlineData("fe80::1%eth0")]
    [InlineData("not-an-ip")]
    [InlineData("")]
    [InlineData("1.2.3.4 ")]
    public void NoSuggestionOtherwise(string input)
    {
        Assert.Null(GoCidr.SuggestCidrFor(input));
    }

    [Theory]
    [InlineData("1.2.3.4", true, false)]
    [InlineData("::", true, true)]
    [InlineData("1.2.3", false, false)]
    [InlineData("fe80::1%eth0", false, false)]
    public void AddressParsing(string input, bool ok, bool isV6)
    {
        Assert.Equal(ok, GoCidr.TryParseAddress(input, out var v6));
        if (ok) Assert.Equal(isV6, v6);
    }
}
