using Basic.Reference.Assemblies;
using EnvoyGateway.Dsl.Generator.Emit;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace EnvoyGateway.Dsl.Generator.Tests;

/// <summary>
/// The generated model is not compiled into the product yet (its writer and binder come next), so this
/// compiles it in memory, as the product would: against the product assembly's base types, nullable on,
/// XML docs checked, every warning counted. The assembly name is one the product lets derive from
/// <c>SourceTrackedObject</c> (InternalsVisibleTo).
/// </summary>
public class GeneratedModelCompilesTests
{
    private static readonly string[] ImplicitUsings = ["System", "System.Collections.Generic", "System.IO", "System.Linq", "System.Net.Http", "System.Threading", "System.Threading.Tasks"];

    // CS0436: the generated BackendTrafficPolicy and its parts share names with the hand-written ones in the referenced product (the source wins, as intended).
    private static readonly HashSet<string> Expected = ["CS0436"];

    [Fact]
    public void The_generated_model_compiles_without_errors_or_warnings()
    {
        var output = Generation.Emit(Repository.Model, Repository.Layout);
        var parseOptions = new CSharpParseOptions(LanguageVersion.Preview, DocumentationMode.Diagnose);
        var sources = output.Files
            .Where(f => f.Key.StartsWith(ModelEmitter.GeneratedFolder + "/", StringComparison.Ordinal) && f.Key.EndsWith(".cs", StringComparison.Ordinal) && f.Key != VersionEmitter.RelativePath)
            .Select(f => CSharpSyntaxTree.ParseText(f.Value, parseOptions, path: f.Key))
            .Append(CSharpSyntaxTree.ParseText(string.Concat(ImplicitUsings.Select(u => $"global using global::{u};\n")), parseOptions, path: "GlobalUsings.cs"))
            .ToList();
        Assert.True(sources.Count > 1000, $"only {sources.Count} generated files");

        var compilation = CSharpCompilation.Create(
            "EnvoyGateway.Dsl.GeneratedModelCheck",
            sources,
            [.. Net100.References.All, MetadataReference.CreateFromFile(typeof(SourceTrackedObject).Assembly.Location)],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, warningLevel: 9999));
        var problems = compilation.GetDiagnostics()
            .Where(d => d.Severity >= DiagnosticSeverity.Warning && !Expected.Contains(d.Id))
            .Take(20)
            .Select(d => d.ToString())
            .ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));

        var btp = compilation.GetTypeByMetadataName("EnvoyGateway.Dsl.Gateway.V1Alpha1.BackendTrafficPolicy")!;
        Assert.Equal("EnvoyGateway.Dsl.GeneratedModelCheck", btp.ContainingAssembly.Name);
        Assert.Equal("KubernetesObject", btp.BaseType!.Name);
    }
}
