using System.Reflection;
using System.Runtime.Loader;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace EnvoyGateway.Dsl.Tool.Tests;

/// <summary>
/// Compiles what <c>egdsl import</c> wrote, in memory, as a user's project would (nullable on, warning
/// level 9999, C# 10 so older projects can take it), asserts it compiles without a single warning, and
/// reads the generated static set from a collectible load context.
/// </summary>
internal static class GeneratedCode
{
    private static readonly MetadataReference[] References =
    [
        .. Net100.References.All,
        MetadataReference.CreateFromFile(typeof(ManifestSet).Assembly.Location),
    ];

    /// <summary>Compiles <paramref name="source"/> and returns the YAML of <c>Namespace.Class.Set</c>.</summary>
    public static string EmitYaml(string source, string typeName = "Manifests.Policies", string propertyName = "Imported")
        => Build(source, typeName, propertyName, set => set.ToYaml());

    /// <summary>Compiles <paramref name="source"/> and returns what <paramref name="write"/> makes of <c>Namespace.Class.Set</c>.</summary>
    public static string Build(string source, string typeName, string propertyName, Func<ManifestSet, string> write)
    {
        var compilation = CSharpCompilation.Create(
            "Imported" + Guid.NewGuid().ToString("N"),
            [CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.CSharp10), path: "Imported.cs")],
            References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, warningLevel: 9999));
        using var image = new MemoryStream();
        var result = compilation.Emit(image);
        var reported = result.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(result.Success && reported.Count == 0, "the generated code must compile without warnings:\n" + string.Join("\n", reported.Take(20)));

        var context = new AssemblyLoadContext("imported", isCollectible: true);
        try
        {
            // The Dsl assembly resolves to the test's own copy (the default context), so the set is a real ManifestSet.
            image.Position = 0;
            var assembly = context.LoadFromStream(image);
            var property = assembly.GetType(typeName, throwOnError: true)!.GetProperty(propertyName, BindingFlags.Public | BindingFlags.Static)!;
            var set = (ManifestSet)property.GetValue(null)!;
            return write(set);
        }
        finally
        {
            context.Unload();
        }
    }
}
