using EnvoyGateway.Dsl.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace EnvoyGateway.Dsl.Analyzers.Tests;

/// <summary>
/// An analyzer exception reaches users as AD0001 on every keystroke. The analyzers run on what an editor
/// feeds them while typing: every prefix of real policy sources cut at token boundaries, and sources with
/// random tokens deleted.
/// </summary>
public sealed class KeystrokeTests
{
    // Strides keep the whole suite under a minute on two cores: files get more cuts than the policies in their literals.
    private const int FilePrefixes = 60;
    private const int FileDeletions = 15;
    private const int LiteralPrefixes = 10;
    private const int LiteralDeletions = 3;

    public static TheoryData<string> SourceFiles()
    {
        var root = AnalyzerRunner.RepositoryRoot;
        var samples = Path.Combine(root, "samples");
        var files = Directory.EnumerateFiles(Path.Combine(root, "tests", "EnvoyGateway.Dsl.Analyzers.Tests"), "*.cs", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal) && !path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Concat(Directory.Exists(samples) ? Directory.EnumerateFiles(samples, "*.cs", SearchOption.AllDirectories) : []);
        return [.. files.Select(path => Path.GetRelativePath(root, path)).Order(StringComparer.Ordinal)];
    }

    [Theory]
    [MemberData(nameof(SourceFiles))]
    public async Task Analyzers_survive_every_prefix_and_random_deletions(string file)
    {
        var inputs = EditorInputs(File.ReadAllText(Path.Combine(AnalyzerRunner.RepositoryRoot, file))).ToList();
        for (var i = 0; i < inputs.Count; i++)
        {
            var (prefixes, deletions) = i == 0 ? (FilePrefixes, FileDeletions) : (LiteralPrefixes, LiteralDeletions);
            var count = 0;
            foreach (var variant in Variants(inputs[i], prefixes, deletions))
            {
                // Every other variant with the newest release: its schema and CEL rules cover every kind, 0.6's only the policy.
                var (_, exceptions) = await AnalyzerRunner.RunAsync(variant, count++ % 2 == 0 ? SelectedRelease.RuleTests : "1.9");
                Assert.True(exceptions.Count == 0, $"{exceptions.FirstOrDefault()}\n--- input ---\n{variant}");
            }
        }
    }

    /// <summary>The file itself first, then each policy held in its string literals (the analyzer tests' inputs), with the test markup removed.</summary>
    private static IEnumerable<string> EditorInputs(string file)
    {
        yield return file;
        foreach (var token in CSharpSyntaxTree.ParseText(file).GetRoot().DescendantTokens())
        {
            if (token.Kind() is SyntaxKind.MultiLineRawStringLiteralToken or SyntaxKind.InterpolatedMultiLineRawStringStartToken or SyntaxKind.InterpolatedStringTextToken
                && token.ValueText.Contains("new", StringComparison.Ordinal))
            {
                var text = token.ValueText.Replace("{|#0:", "", StringComparison.Ordinal).Replace("{|#1:", "", StringComparison.Ordinal).Replace("|}", "", StringComparison.Ordinal);
                yield return text.Contains("class ", StringComparison.Ordinal) ? text : Policy.Returned(text);
            }
        }
    }

    private static IEnumerable<string> Variants(string source, int prefixes, int deletions)
    {
        var tokens = CSharpSyntaxTree.ParseText(source).GetRoot().DescendantTokens().ToArray();
        var stride = Math.Max(1, tokens.Length / prefixes);
        for (var i = 0; i < tokens.Length; i += stride)
        {
            yield return source[..tokens[i].Span.End];
        }

        var random = new Random(20240601 + tokens.Length);
        for (var v = 0; v < Math.Min(deletions, tokens.Length); v++)
        {
            var token = tokens[random.Next(tokens.Length)];
            yield return source.Remove(token.SpanStart, token.Span.Length);
        }
    }
}
