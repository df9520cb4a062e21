using EnvoyGateway.Dsl.Rules.Syntax;
using Xunit;

namespace EnvoyGateway.Dsl.Tests.Rules.Syntax;

public class SuggestionsTests
{
    private static readonly string[] Units = { "Second", "Minute", "Hour", "Day" };
    private static readonly string[] LbTypes = { "ConsistentHash", "LeastRequest", "Random", "RoundRobin" };

    [Theory]
    [InlineData("Minutes", "Minute")]
    [InlineData("minute", "Minute")]
    [InlineData("MINUTE", "Minute")]
    [InlineData("Secnod", "Second")]   // transposition counts 1
    [InlineData("seconds", "Second")]
    [InlineData("Hr", "Hour")]
    [InlineData("Days", "Day")]
    [InlineData("hours", "Hour")]
    public void FindsSingleClosest(string value, string expected)
    {
        Assert.Equal(new[] { expected }, Suggestions.Closest(value, Units));
    }

    [Fact]
    public void CaseInsensitiveExactMatchWins()
    {
        Assert.Equal(new[] { "LeastRequest" }, Suggestions.Closest("leastrequest", LbTypes));
        Assert.Equal(new[] { "day", "DAY" }, Suggestions.Closest("Day", new[] { "day", "DAY", "Dax" }));
    }

    [Fact]
    public void TiesAreAllReturnedInAllowedOrder()
    {
        Assert.Equal(new[] { "Dam", "Day" }, Suggestions.Closest("Dax", new[] { "Dam", "Hour", "Day" }));
    }

    [Theory]
    [InlineData("Weighted")]
    [InlineData("xyz")]
    [InlineData("")]
    public void NothingCloseGivesEmpty(string value)
    {
        Assert.Empty(Suggestions.Closest(value, value == "Weighted" ? LbTypes : Units));
    }

    [Fact]
    public void ThresholdGrowsWithLength()
    {
        // "RoundRobinn" -> distance 1; "LeastRequests" -> 1; "Consistent_Hash" -> 1
        Assert.Equal(new[] { "RoundRobin" }, Suggestions.Closest("RoundRobinn", LbTypes));
        Assert.Equal(new[] { "ConsistentHash" }, Suggestions.Closest("Consistent_Hash", LbTypes));
        // distance 4 within max(2, 16/3 = 5)
        Assert.Equal(new[] { "ConsistentHash" }, Suggestions.Closest("ConsistntHashXYZ", LbTypes));
        // distance 3 above max(2, 6/3 = 2)
        Assert.Empty(Suggestions.Closest("Rxxxom", LbTypes));
    }

    [Fact]
    public void OsaDistance()
    {
        Assert.Equal(0, Suggestions.OsaDistanceIgnoreCase("abc", "ABC"));
        Assert.Equal(1, Suggestions.OsaDistanceIgnoreCase("ab", "ba"));
        Assert.Equal(3, Suggestions.OsaDistanceIgnoreCase("ca", "abc")); // OSA, not full Damerau (2)
        Assert.Equal(3, Suggestions.OsaDistanceIgnoreCase("", "abc"));
        Assert.Equal(3, Suggestions.OsaDistanceIgnoreCase("kitten", "sitting"));
    }

    [Fact]
    public void JoinAllowed()
    {
        Assert.Equal("Second, Minute, Hour, Day", Suggestions.JoinAllowed(Units));
        Assert.Equal("", Suggestions.JoinAllowed(new string[0]));
    }
}
