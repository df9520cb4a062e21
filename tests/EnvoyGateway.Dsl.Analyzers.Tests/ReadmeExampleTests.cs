using System.Text.RegularExpressions;
using EnvoyGateway.Dsl.Analyzers.Tests.Infrastructure;

namespace EnvoyGateway.Dsl.Analyzers.Tests;

/// <summary>
/// The README's first example says, in its comments, which mistakes turn red while you type. Its C# block is
/// compiled as it stands and the analyzers must report each ID on the line its comment names, and nothing else.
/// </summary>
public sealed partial class ReadmeExampleTests
{
    /// <param name="exactly">With the default release the example has no other mistake; with 0.6 it has more
    /// (targetRefs is 1.1's, so 0.6's required targetRef is missing), which its comments do not list.</param>
    [Theory]
    [InlineData("1.9", new[] { "EG1001", "EG4003" }, true)]
    [InlineData("0.6", new[] { "EG1001", "EG1006", "EG4003" }, false)]
    public async Task Every_mistake_the_readme_example_names_is_reported_on_its_line(string release, string[] expected, bool exactly)
    {
        var source = ExampleSource();
        var (diagnostics, exceptions) = await AnalyzerRunner.RunAsync(source, release);
        Assert.Empty(exceptions);

        var lines = source.Split('\n');
        var reported = diagnostics
            .Where(diagnostic => diagnostic.Severity >= Microsoft.CodeAnalysis.DiagnosticSeverity.Warning)
            .Select(diagnostic => (diagnostic.Id, Line: diagnostic.Location.GetLineSpan().StartLinePosition.Line))
            .ToList();
        foreach (var id in expected)
        {
            // The comment is on the line of the mistake (after the code) or alone on the line before it.
            var commentLine = Array.FindIndex(lines, line => line.IndexOf("//", StringComparison.Ordinal) is >= 0 and var comment && line.IndexOf(id, comment, StringComparison.Ordinal) > comment);
            Assert.True(commentLine >= 0, $"README names no {id}");
            Assert.Contains(reported, finding => finding.Id == id && (finding.Line == commentLine || finding.Line == commentLine + 1));
        }

        if (exactly)
        {
            Assert.Equal(expected, reported.Select(finding => finding.Id).Distinct().Order(StringComparer.Ordinal));
        }
    }

    private static string ExampleSource()
    {
        var readme = File.ReadAllText(Path.Combine(AnalyzerRunner.RepositoryRoot, "README.md"));
        return FirstCSharpBlock().Match(readme).Groups["code"].Value;
    }

    [GeneratedRegex("```csharp\\n(?<code>.*?)```", RegexOptions.Singleline)]
    private static partial Regex FirstCSharpBlock();
}
