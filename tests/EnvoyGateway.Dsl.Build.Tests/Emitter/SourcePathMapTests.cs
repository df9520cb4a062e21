using EnvoyGateway.Dsl.Emitter;

namespace EnvoyGateway.Dsl.Build.Tests.Emitter;

public class SourcePathMapTests
{
    [Fact]
    public void MapsDeterministicPathsBackToTheSourceRoot()
    {
        var map = SourcePathMap.Parse("/home/me/repo/=/_/");

        Assert.Equal(Path.GetFullPath("/home/me/repo/src/Policies.cs"), map.MapBack("/_/src/Policies.cs"));
    }

    [Fact]
    public void TheLongestMappedPrefixWins()
    {
        var map = SourcePathMap.Parse("/repo/=/_/,/other/=/_/1/");

        Assert.Equal(Path.GetFullPath("/other/x.cs"), map.MapBack("/_/1/x.cs"));
        Assert.Equal(Path.GetFullPath("/repo/x.cs"), map.MapBack("/_/x.cs"));
    }

    [Fact]
    public void UnmappedPathsAreLeftAlone()
    {
        Assert.Equal("/src/x.cs", SourcePathMap.Parse("").MapBack("/src/x.cs"));
        Assert.Equal("/src/x.cs", SourcePathMap.Parse("/repo/=/_/").MapBack("/src/x.cs"));
    }
}
