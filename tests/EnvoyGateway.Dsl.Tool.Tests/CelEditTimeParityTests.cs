using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Basic.Reference.Assemblies;
using EnvoyGateway.Dsl.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit.Abstractions;

namespace EnvoyGateway.Dsl.Tool.Tests;

/// <summary>
/// The generated CEL rules while you type, against build time, on every object of the upstream API-validation suites
/// (Envoy Gateway v1.9.0, Gateway API v1.6.1; tests/Fixtures/upstream): each object is imported as C# with
/// <c>egdsl import</c> and compiled with the analyzers (release 1.9), and its EG2100 diagnostics must equal those of
/// <c>Validate</c> on the same YAML — same paths, messages and rule keys. Then every constant of the imported code is
/// made a value the analyzer cannot know: what the analyzer still reports must be a part of what the build reports
/// (rules decided by presence alone stay, every other one goes silent).
/// </summary>
public sealed class CelEditTimeParityTests(ITestOutputHelper output)
{
    private static readonly MetadataReference[] References =
    [
        .. Net100.References.All,
        MetadataReference.CreateFromFile(typeof(ManifestSet).Assembly.Location),
    ];

    private static readonly ImmutableArray<DiagnosticAnalyzer> Analyzers = [new ResourceAnalyzer()];

    private const string Opaque = """
        internal static class Opaque
        {
            public static T Of<T>(T value) => value;
        }
        """;

    public static TheoryData<string> Suites() => ["envoy-gateway-cel-v1.9.0", "gateway-api-cel-v1.6.1"];

    [Theory]
    [MemberData(nameof(Suites))]
    public async Task Edit_time_reports_exactly_what_the_build_reports_and_less_when_values_are_unknown(string suite)
    {
        var folder = Path.Combine(Fixture.RepositoryRoot, "tests", "Fixtures", "upstream", suite);
        using var cases = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "cases.json")));
        var differences = new List<string>();
        int compared = 0, withFindings = 0, findings = 0, keptWhenUnknown = 0, notImported = 0;
        var rulesSeen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in cases.RootElement.GetProperty("cases").EnumerateArray())
        {
            if (item.GetProperty("phase").GetString() != "create")
            {
                continue;
            }

            var id = item.GetProperty("id").GetString()!;
            var file = Path.Combine(folder, item.GetProperty("object").GetString()!);
            var import = CliRun.Of("import", file);
            if (import.ExitCode != 0)
            {
                notImported++;
                continue;
            }

            var built = BuildTime(file);
            var edit = await EditTime(import.Stdout, opaque: false);
            compared++;
            withFindings += built.Count > 0 ? 1 : 0;
            findings += built.Count;
            rulesSeen.UnionWith(edit.Select(Key));
            if (!built.SequenceEqual(edit))
            {
                differences.Add($"{id}: build [{string.Join(" | ", built)}] edit [{string.Join(" | ", edit)}]");
            }

            var unknown = await EditTime(import.Stdout, opaque: true);
            keptWhenUnknown += unknown.Count;
            var extra = unknown.Where(message => !built.Contains(message)).ToList();
            if (extra.Count > 0)
            {
                differences.Add($"{id}: with unknown values the analyzer reports what the build does not: {string.Join(" | ", extra)}");
            }
        }

        output.WriteLine($"{suite}: {compared} objects compared ({notImported} not importable), {withFindings} with EG2100 at build time ({findings} findings, {rulesSeen.Count} distinct rules), the same at edit time: {compared - differences.Count(d => !d.Contains("unknown values", StringComparison.Ordinal))}; with every constant unknown {keptWhenUnknown} findings stay (rules decided by presence alone)");
        foreach (var difference in differences)
        {
            output.WriteLine(difference);
        }

        Assert.True(compared > 200, $"only {compared} objects compared");
        Assert.Empty(differences);
    }

    private static string Key(string message) => message[(message.LastIndexOf("(CEL rule ", StringComparison.Ordinal) + 10)..^1];

    internal static List<string> BuildTime(string file)
        => [.. ManifestSet.ParseFile(file).SelectMany(resource => resource.Validate(EnvoyGatewayVersion.Newest)).Where(d => d.Id == "EG2100").Select(d => d.Message).Order(StringComparer.Ordinal)];

    internal static async Task<List<string>> EditTime(string code, bool opaque)
    {
        var tree = CSharpSyntaxTree.ParseText(code, new CSharpParseOptions(LanguageVersion.Latest), path: "Imported.cs");
        var compilation = CSharpCompilation.Create("Imported", [tree], References, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        if (opaque)
        {
            var rewritten = new ConstantsMadeOpaque(compilation.GetSemanticModel(tree)).Visit(tree.GetRoot());
            compilation = compilation.ReplaceSyntaxTree(tree, tree.WithRootAndOptions(rewritten, tree.Options)).AddSyntaxTrees(CSharpSyntaxTree.ParseText(Opaque, new CSharpParseOptions(LanguageVersion.Latest)));
        }

        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(5)));
        var diagnostics = await compilation.WithAnalyzers(Analyzers).GetAnalyzerDiagnosticsAsync();
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        return [.. diagnostics.Where(d => d.Id == "EG2100").Select(d => d.GetMessage(CultureInfo.InvariantCulture)).Order(StringComparer.Ordinal)];
    }

    /// <summary>Wraps every constant (literal or named) in <c>Opaque.Of&lt;T&gt;(…)</c>, of the type it converts to: the same value, not a constant.</summary>
    private sealed class ConstantsMadeOpaque(SemanticModel model) : CSharpSyntaxRewriter
    {
        public override SyntaxNode? Visit(SyntaxNode? node)
        {
            if (node is ExpressionSyntax expression and not (InitializerExpressionSyntax or CollectionExpressionSyntax)
                && node.Parent is not (MemberAccessExpressionSyntax or AttributeArgumentSyntax or EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax { Parent.Parent: FieldDeclarationSyntax } })
                && model.GetConstantValue(expression) is { HasValue: true, Value: not null }
                && model.GetTypeInfo(expression).ConvertedType is { } type)
            {
                var typeName = type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat.WithMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier | SymbolDisplayMiscellaneousOptions.UseSpecialTypes));
                return SyntaxFactory.ParseExpression($"Opaque.Of<{typeName}>({expression.ToFullString().Trim()})").WithTriviaFrom(node);
            }

            return base.Visit(node);
        }
    }
}
