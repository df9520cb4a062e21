using System.Reflection;
using System.Runtime.Loader;
using Basic.Reference.Assemblies;
using EnvoyGateway.Dsl.Tool.Import;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit.Abstractions;

namespace EnvoyGateway.Dsl.Tool.Tests;

/// <summary>
/// Envoy Gateway's own translator test documents of v1.9.0 (tests/Fixtures/upstream/envoy-gateway-corpus):
/// each is imported, all the code is compiled in one compilation (one syntax tree per document), and each
/// built set, written by the product's writer, must equal its input as data. Counts per kind go to the
/// test output (docs/cli.md has the table).
/// </summary>
public class ImportCorpusTests(ITestOutputHelper output)
{
    private const string Release = "v1.9.0";

    [Fact]
    public void Every_importable_translator_document_of_v1_9_compiles_and_writes_its_input_back()
    {
        var corpus = CorpusFolder();
        var rows = File.ReadLines(Path.Combine(corpus, "manifest.tsv")).Skip(1).Select(l => l.Split('\t'))
            .Where(r => r[0] == Release && r[8].StartsWith("documents/", StringComparison.Ordinal))
            .DistinctBy(r => r[8])
            .ToList();
        var counts = new SortedDictionary<string, Counts>(StringComparer.Ordinal);
        var refusals = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var imported = new List<(string Kind, string Text, string ClassName, SyntaxTree Tree)>();
        foreach (var row in rows)
        {
            var kind = row[4];
            var count = counts.TryGetValue(kind, out var existing) ? existing : counts[kind] = new Counts();
            count.Documents++;
            var text = File.ReadAllText(Path.Combine(corpus, row[8]));
            var reader = new ImportReader(TextReader.Null, EnvoyGatewayVersion.Newest);
            reader.LoadText(text, row[8]);
            if (reader.Errors.Count > 0)
            {
                var reason = Reason(reader.Errors[0].ToString());
                refusals[$"{row[9]}: {reason}"] = refusals.GetValueOrDefault($"{row[9]}: {reason}") + 1;
                continue;
            }

            count.Imported++;
            var className = "D" + imported.Count;
            var code = new CSharpEmitter(new CSharpEmitterOptions("Corpus", className, "Imported", [row[8]]), EnvoyGatewayVersion.Newest).Emit(reader.Resources);
            imported.Add((kind, text, className, CSharpSyntaxTree.ParseText(code, new CSharpParseOptions(LanguageVersion.CSharp10), path: className + ".cs")));
        }

        var (assembly, failing) = Compile([.. imported.Select(i => i.Tree)]);
        var context = new AssemblyLoadContext("corpus", isCollectible: true);
        var differences = new List<string>();
        var roundTripDifferences = new List<string>();
        try
        {
            var loaded = context.LoadFromStream(new MemoryStream(assembly));
            foreach (var (kind, text, className, tree) in imported)
            {
                if (failing.TryGetValue(tree, out var diagnostic))
                {
                    differences.Add($"{kind} {className}: does not compile: {diagnostic}");
                    continue;
                }

                counts[kind].Compiles++;
                var set = (ManifestSet)loaded.GetType("Corpus." + className, throwOnError: true)!.GetProperty("Imported", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
                var expected = string.Join("\n", YamlDataTree.Documents(text));
                var written = string.Join("\n", YamlDataTree.Documents(YamlDataTree.Write(set, EnvoyGatewayVersion.Newest)));
                if (expected == written)
                {
                    counts[kind].RoundTrips++;
                }
                else
                {
                    var at = Enumerable.Range(0, Math.Min(expected.Length, written.Length)).FirstOrDefault(i => expected[i] != written[i]);
                    roundTripDifferences.Add($"{kind} {className}: written YAML differs from the input at …{Around(expected, at)}… (written …{Around(written, at)}…)");
                }
            }
        }
        finally
        {
            context.Unload();
        }

        output.WriteLine("| kind | documents | imported | compiles | round-trips |");
        output.WriteLine("|---|---:|---:|---:|---:|");
        foreach (var (kind, count) in counts)
        {
            output.WriteLine($"| {kind} | {count.Documents} | {count.Imported} | {count.Compiles} | {count.RoundTrips} |");
        }

        var total = counts.Values.Aggregate(new Counts(), (sum, c) => new Counts { Documents = sum.Documents + c.Documents, Imported = sum.Imported + c.Imported, Compiles = sum.Compiles + c.Compiles, RoundTrips = sum.RoundTrips + c.RoundTrips });
        output.WriteLine($"| all | {total.Documents} | {total.Imported} | {total.Compiles} | {total.RoundTrips} |");
        output.WriteLine("Refused (corpus verdict: reason):");
        foreach (var (reason, number) in refusals)
        {
            output.WriteLine($"  {number} × {reason}");
        }

        foreach (var difference in differences.Concat(roundTripDifferences).Take(40))
        {
            output.WriteLine(difference);
        }

        // Unique documents (the corpus stores a document that recurs once).
        Assert.True(total.Documents > 1800, $"only {total.Documents} documents of {Release} found");
        Assert.True(total.Imported > 1700, $"only {total.Imported} documents imported");
        Assert.Empty(differences);
        // Measured at 1,707 of 1,709: two EnvoyProxy documents differ (docs/cli.md names the cause); more is a regression.
        Assert.True(roundTripDifferences.Count <= 2, string.Join("\n", roundTripDifferences));
    }

    private static string Around(string text, int at) => text[Math.Max(0, at - 60)..Math.Min(text.Length, at + 60)];

    /// <summary>The refusal without its file, line and column, cut at its first detail so that like reasons add up.</summary>
    private static string Reason(string finding)
    {
        var at = finding.IndexOf(": error ", StringComparison.Ordinal);
        var reason = at < 0 ? finding : finding[(at + ": error ".Length)..];
        var cut = reason.IndexOf("; known fields", StringComparison.Ordinal);
        return cut < 0 ? reason : reason[..cut];
    }

    private static (byte[] Assembly, Dictionary<SyntaxTree, Diagnostic> Failing) Compile(IReadOnlyList<SyntaxTree> trees)
    {
        MetadataReference[] references = [.. Net100.References.All, MetadataReference.CreateFromFile(typeof(ManifestSet).Assembly.Location)];
        var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, warningLevel: 9999);
        var failing = new Dictionary<SyntaxTree, Diagnostic>();
        while (true)
        {
            var compilation = CSharpCompilation.Create("Corpus" + Guid.NewGuid().ToString("N"), trees.Where(t => !failing.ContainsKey(t)), references, options);
            using var image = new MemoryStream();
            var result = compilation.Emit(image);
            var reported = result.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning && d.Location.SourceTree is not null).ToList();
            if (result.Success && reported.Count == 0)
            {
                return (image.ToArray(), failing);
            }

            if (reported.Count == 0)
            {
                throw new InvalidOperationException(string.Join("\n", result.Diagnostics.Take(10)));
            }

            foreach (var diagnostic in reported)
            {
                failing.TryAdd(diagnostic.Location.SourceTree!, diagnostic);
            }
        }
    }

    private static string CorpusFolder()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var corpus = Path.Combine(directory.FullName, "tests", "Fixtures", "upstream", "envoy-gateway-corpus");
            if (Directory.Exists(corpus))
            {
                return corpus;
            }
        }

        throw new DirectoryNotFoundException("tests/Fixtures/upstream/envoy-gateway-corpus above the test assembly");
    }

    private sealed class Counts
    {
        public int Documents { get; set; }

        public int Imported { get; set; }

        public int Compiles { get; set; }

        public int RoundTrips { get; set; }
    }
}
