using System.Text.RegularExpressions;

namespace EnvoyGateway.Dsl.Build.Tests.EndToEnd;

/// <summary>
/// EndToEnd/FixableProject: one violation of each rule with a code fix (Policies.cs, each policy marked
/// "// EGxxxx") and the source dotnet format must turn it into (Policies.fixed.cs). The analyzer tests read
/// the same files to check that every fixable rule of the catalog is in it.
/// </summary>
internal static partial class FixableProject
{
    public static string Broken(string repositoryRoot) => File.ReadAllText(PathOf(repositoryRoot, "Policies.cs"));

    public static string Fixed(string repositoryRoot) => File.ReadAllText(PathOf(repositoryRoot, "Policies.fixed.cs"));

    /// <summary>The rule IDs the policies are marked with, in file order.</summary>
    public static IReadOnlyList<string> MarkedIds(string source) => [.. Marker().Matches(source).Select(match => match.Groups[1].Value)];

    private static string PathOf(string repositoryRoot, string file)
        => Path.Combine(repositoryRoot, "tests", "EnvoyGateway.Dsl.Build.Tests", "EndToEnd", "FixableProject", file);

    [GeneratedRegex(@"^\s*// (EG\d{4})\r?$", RegexOptions.Multiline)]
    private static partial Regex Marker();
}
