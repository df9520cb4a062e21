using EnvoyGateway.Dsl.Analyzers.Sets;
using EnvoyGateway.Dsl.Analyzers.Tests.Infrastructure;
using EnvoyGateway.Dsl.Rules;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace EnvoyGateway.Dsl.Analyzers.Tests.Rules.Sets;

/// <summary>
/// The text filter in front of the reference rules' syntax walk (<see cref="CandidateText"/>): it may say yes to a
/// file without candidates, never no to a file with one, which would silence the reference rules for it.
/// </summary>
public sealed class CandidateTextTests
{
    private static readonly HashSet<string> TypeNames = new(SetKinds.Referable, StringComparer.Ordinal) { "GatewayObject" };

    [Theory]
    [InlineData("""var g = new Gateway("eg");""")]
    [InlineData("""var g = new EnvoyGateway.Dsl.Gateway.V1.Gateway("eg");""")]
    [InlineData("""var g = new global::EnvoyGateway.Dsl.Gateway.V1.HTTPRoute("eg");""")]
    [InlineData("""var g = new EnvoyGateway.Dsl.Gateway.V1 . Gateway ("eg");""")]
    [InlineData("""var g = new @Gateway("eg");""")]
    [InlineData("var g = new\n    Gateway(\"eg\");")]
    [InlineData("""var g = new /* the gateway */ Gateway("eg");""")]
    [InlineData("var g = new // the gateway\n Gateway(\"eg\");")]
    [InlineData("""var g = new Foo./* the gateway */Gateway("eg");""")]
    [InlineData("""var g = new GatewayObject("eg");""")]
    [InlineData("""var g = new Gateway { Metadata = { Name = "eg" } };""")]
    [InlineData("""Gateway g = new("eg");""")]
    [InlineData("""Gateway g = new ( "eg" );""")]
    [InlineData("Gateway g = new(\n\"eg\");")]
    [InlineData("""var g = new \u0047ateway("eg");""")]
    [InlineData("var g = new Gate\u200Bway(\"eg\");")]
    [InlineData("var g = new\u00A0Gateway(\"eg\");")]
    [InlineData("""var set = ManifestSet.Parse(yaml);""")]
    [InlineData("""var set = EnvoyGateway.Dsl.ManifestSet . ReadFile ("a.yaml");""")]
    [InlineData("""var set = ManifestSet.ParseFile("a.yaml");""")]
    public void Says_yes_to_what_the_walk_looks_for(string code)
    {
        Assert.True(MayDeclare(code));
        // The syntax walk agrees that there is something to find (except for the escapes, which it reads as the name).
        Assert.True(SyntaxFinds(code) || code.Contains('\\') || code.Contains('\u200B'));
    }

    [Theory]
    [InlineData("""var p = new BackendTrafficPolicy("api") { Spec = { LoadBalancer = new() { Type = LoadBalancerType.Random } } };""")]
    [InlineData("""using EnvoyGateway.Dsl.Gateway.V1Alpha1; public static class P { public static ManifestSet Set => []; }""")]
    [InlineData("""var set = new ManifestSet(); var text = set.ToYaml();""")]
    [InlineData("""var set = ManifestSet.Empty;""")]
    [InlineData("""var g = new GatewayClassPolicy(); var h = new MyGateway("x"); var renew = 1;""")]
    [InlineData("""var l = new List<Gateway>();""")]
    [InlineData("""var p = new() { Name = "x" };""")]
    public void Says_no_to_files_without_candidates(string code)
    {
        Assert.False(SyntaxFinds(code));
        Assert.False(MayDeclare(code));
    }

    [Theory]
    [InlineData("""Gateway g = new("eg");""")]
    [InlineData("""var g = new EnvoyGateway.Dsl.Gateway.V1.Gateway("eg");""")]
    [InlineData("""var set = ManifestSet . Parse(yaml);""")]
    public void Reads_across_the_chunks_it_copies(string code)
    {
        // The text is read in chunks of 16 KB: the match at every offset around the first boundary.
        for (var padding = 16 * 1024 - code.Length - 8; padding <= 16 * 1024 + 8; padding++)
        {
            Assert.True(MayDeclare(new string(' ', padding) + code), $"not found after {padding} spaces");
        }
    }

    [Fact]
    public void Says_yes_to_every_test_source_with_a_candidate_and_no_to_some_without()
    {
        // Every C# snippet of the analyzer tests (their raw string literals) and of the docs, read both ways.
        var snippets = TestSnippets().ToList();
        var withCandidates = 0;
        var skipped = 0;
        foreach (var snippet in snippets)
        {
            if (SyntaxFinds(snippet))
            {
                withCandidates++;
                Assert.True(MayDeclare(snippet), "missed a candidate in:\n" + snippet);
            }
            else if (!MayDeclare(snippet))
            {
                skipped++;
            }
        }

        Assert.True(withCandidates >= 30, $"{withCandidates} snippets with candidates of {snippets.Count}");
        Assert.True(skipped >= 100, $"{skipped} snippets skipped of {snippets.Count}");
    }

    private static bool MayDeclare(string code)
        => CandidateText.MayDeclare(SourceText.From(code), TypeNames, CancellationToken.None);

    private static bool SyntaxFinds(string code)
        => CSharpSyntaxTree.ParseText(code, new CSharpParseOptions(kind: SourceCodeKind.Script)).GetRoot().DescendantNodes()
            .Any(node => DeclaredObjects.IsCandidate(node, TypeNames) || DeclaredObjects.ReadsYaml(node));

    private static IEnumerable<string> TestSnippets()
    {
        foreach (var file in Directory.EnumerateFiles(Path.Combine(AnalyzerRunner.RepositoryRoot, "docs"), "*.md", SearchOption.AllDirectories)
            .Append(Path.Combine(AnalyzerRunner.RepositoryRoot, "README.md")))
        {
            var blocks = File.ReadAllText(file).Split("```");
            for (var i = 1; i < blocks.Length; i += 2)
            {
                if (blocks[i].StartsWith("csharp", StringComparison.Ordinal))
                {
                    yield return blocks[i]["csharp".Length..];
                }
            }
        }

        var folder = Path.Combine(AnalyzerRunner.RepositoryRoot, "tests", "EnvoyGateway.Dsl.Analyzers.Tests");
        foreach (var file in Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories))
        {
            if (file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            {
                continue;
            }

            foreach (var token in CSharpSyntaxTree.ParseText(File.ReadAllText(file)).GetRoot().DescendantTokens())
            {
                if (token.IsKind(SyntaxKind.MultiLineRawStringLiteralToken) && token.ValueText.Contains("new", StringComparison.Ordinal))
                {
                    yield return token.ValueText;
                }
            }
        }
    }
}
