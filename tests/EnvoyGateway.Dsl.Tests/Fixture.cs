namespace EnvoyGateway.Dsl.Tests;

/// <summary>Paths of the test fixtures copied next to the test assembly.</summary>
internal static class Fixture
{
    public static string Dir(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    public static string PathOf(string folder, string file)
    {
        var path = Path.Combine(Dir(folder), file);
        Assert.True(File.Exists(path), $"fixture {path} is missing");
        return path;
    }

    public static string Read(string folder, string file) => File.ReadAllText(PathOf(folder, file));
}
