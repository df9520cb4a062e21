using System.Reflection;

namespace EnvoyGateway.Dsl.Tests.Yaml;

/// <summary>
/// Compares text with a checked-in file under tests/EnvoyGateway.Dsl.Tests/Golden/. Run the tests with
/// <c>EGDSL_UPDATE_GOLDEN=1</c> to (re)write the files, then review the diff.
/// </summary>
internal static class GoldenFile
{
    private const string UpdateVariable = "EGDSL_UPDATE_GOLDEN";

    public static void AssertMatches(string name, string actual)
    {
        var path = Path.Combine(Directory, name);
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            File.WriteAllText(path, actual);
            return;
        }

        Assert.True(File.Exists(path), $"golden file {path} is missing; run the tests with {UpdateVariable}=1 to create it");
        var expected = File.ReadAllText(path);
        Assert.Equal(expected, actual);
    }

    private static string Directory { get; } = Path.Combine(
        typeof(GoldenFile).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepositoryRoot").Value!,
        "tests", "EnvoyGateway.Dsl.Tests", "Golden");
}
