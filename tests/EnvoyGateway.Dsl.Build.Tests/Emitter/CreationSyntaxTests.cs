using EnvoyGateway.Dsl.Emitter;

namespace EnvoyGateway.Dsl.Build.Tests.Emitter;

public class CreationSyntaxTests
{
    [Theory]
    [InlineData("        new BackendTrafficPolicy(\"api\")", 9)]
    [InlineData("    Limit = new() { Requests = 1, Unit = u },", 13)]
    [InlineData("    Name = \"new\", Limit = new() { },", 27)]
    [InlineData("    // new things\n", 1)]
    [InlineData("    renew = news, x = new X()", 23)]
    [InlineData("    Value = 'n', Limit = /* new */ new()", 36)]
    [InlineData("    Items = { },", 1)]
    public void FindsTheColumnOfTheFirstNewToken(string line, int column)
    {
        Assert.Equal(column, CreationSyntax.FindNewColumn(line));
    }

    [Fact]
    public void TheCreationEndsWhereItsInitializerCloses()
    {
        string[] lines =
        [
            "    new BackendTrafficPolicy(\"api\")",
            "    {",
            "        Metadata = { Namespace = \"}\" },",
            "    },",
            "    new BackendTrafficPolicy(\"web\"),",
        ];

        Assert.Equal(4, CreationSyntax.FindEndLine(lines, 1, 5));
        Assert.Equal(5, CreationSyntax.FindEndLine(lines, 5, 5));
    }

    [Fact]
    public void ASingleLineCreationEndsOnItsLine()
    {
        string[] lines = ["    Limit = new() { Requests = 1 },", "    Other = 2,"];

        Assert.Equal(1, CreationSyntax.FindEndLine(lines, 1, 13));
    }
}
