namespace EnvoyGateway.Dsl.Tests.Releases;

public class EnvoyGatewayVersionTests
{
    [Fact]
    public void Supported_releases_are_0_6_and_1_0_to_1_9_oldest_first()
    {
        Assert.Equal(
            ["0.6", "1.0", "1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "1.9"],
            EnvoyGatewayVersion.Supported.Select(v => v.ToString()));
        Assert.Equal("0.6, 1.0, 1.1, 1.2, 1.3, 1.4, 1.5, 1.6, 1.7, 1.8, 1.9", EnvoyGatewayVersion.SupportedList);
        Assert.Same(EnvoyGatewayVersion.V1_9, EnvoyGatewayVersion.Newest);
        Assert.Same(EnvoyGatewayVersion.Newest, EnvoyGatewayVersion.Default);
        Assert.Equal("1.4.6", EnvoyGatewayVersion.V1_4.CrdRelease);
    }

    [Theory]
    [InlineData("0.6")]
    [InlineData("1.0")]
    [InlineData("1.9")]
    [InlineData(" 1.4 ")]
    public void Parse_reads_what_users_write(string text)
    {
        var version = EnvoyGatewayVersion.Parse(text);
        Assert.Equal(text.Trim(), version.ToString());
        Assert.True(EnvoyGatewayVersion.TryParse(text, out var parsed));
        Assert.Same(version, parsed);
    }

    [Theory]
    [InlineData("1.4.6")]
    [InlineData("v1.9")]
    [InlineData("2.0")]
    [InlineData("")]
    [InlineData(null)]
    public void An_unsupported_string_is_refused_with_the_supported_ones_listed(string? text)
    {
        Assert.False(EnvoyGatewayVersion.TryParse(text, out var version));
        Assert.Null(version);
        var error = Assert.Throws<FormatException>(() => EnvoyGatewayVersion.Parse(text!));
        Assert.Equal($"'{text}' is not a supported Envoy Gateway version; supported: 0.6, 1.0, 1.1, 1.2, 1.3, 1.4, 1.5, 1.6, 1.7, 1.8, 1.9 (default: 1.9).", error.Message);
    }

    [Fact]
    public void Releases_compare_by_age()
    {
        Assert.True(EnvoyGatewayVersion.V0_6 < EnvoyGatewayVersion.V1_0);
        Assert.True(EnvoyGatewayVersion.V1_9 >= EnvoyGatewayVersion.V1_5);
        Assert.False(EnvoyGatewayVersion.V1_1 > EnvoyGatewayVersion.V1_1);
        Assert.Equal(EnvoyGatewayVersion.Supported, EnvoyGatewayVersion.Supported.Reverse().Order());
        Assert.Equal(1u << 10, EnvoyGatewayVersion.V1_9.Bit);
    }
}
