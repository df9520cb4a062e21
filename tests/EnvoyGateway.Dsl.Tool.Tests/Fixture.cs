namespace EnvoyGateway.Dsl.Tool.Tests;

/// <summary>The fixtures linked from the library tests (tests/EnvoyGateway.Dsl.Tests/Fixtures), copied next to the test assembly.</summary>
internal static class Fixture
{
    public static string PathOf(string file)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Fixtures", file);
        Assert.True(File.Exists(path), $"fixture {path} is missing");
        return path;
    }

    public static string Read(string file) => File.ReadAllText(PathOf(file));

    public static string RepositoryRoot => typeof(Fixture).Assembly
        .GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
        .Cast<System.Reflection.AssemblyMetadataAttribute>()
        .Single(a => a.Key == "RepositoryRoot").Value!;
}
