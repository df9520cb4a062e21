using System.Diagnostics;
using System.Globalization;
using System.Text;
using EnvoyGateway.Dsl.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace EnvoyGateway.Dsl.AnalyzerBenchmarks;

/// <summary>
/// (c) The reference rules while you type, as an editor runs them on the file being edited: a project whose
/// Routes.cs declares N HTTPRoutes and whose Policies.cs holds N BackendTrafficPolicies aimed at them (one in a
/// hundred at a route that is not there). Each run is a fresh CompilationWithAnalyzers over the same compilation
/// (an edit), asking for the policies file's diagnostics only, so the per-compilation index is built every run.
/// </summary>
internal static class ReferenceBenchmark
{
    private const int Runs = 5;

    /// <returns>The median wall time of our analyzer and of the empty peer over the same file, and our findings.</returns>
    public static (double Ours, double Empty, int Findings) Run(int count)
    {
        var routes = CSharpSyntaxTree.ParseText(Routes(count), path: "Routes.cs");
        var policies = CSharpSyntaxTree.ParseText(Policies(count), path: "Policies.cs");
        var compilation = CSharpCompilation.Create(
            "Gateway",
            [routes, policies],
            [.. Basic.Reference.Assemblies.Net100.References.All, MetadataReference.CreateFromFile(typeof(ManifestSet).Assembly.Location)],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        if (compilation.GetDiagnostics().FirstOrDefault(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error) is { } error)
        {
            throw new InvalidOperationException(error.ToString());
        }

        var model = compilation.GetSemanticModel(policies);
        var ours = new List<double>();
        var empty = new List<double>();
        var findings = 0;

        // Interleaved, so that load from other processes hits both alike; the first runs warm up.
        for (var run = 0; run < Runs + 2; run++)
        {
            var (oursTime, found) = Time(compilation, model, new SetReferenceAnalyzer());
            var (emptyTime, _) = Time(compilation, model, new EmptyAnalyzer());
            findings = found;
            if (run >= 2)
            {
                ours.Add(oursTime);
                empty.Add(emptyTime);
            }
        }

        return (Median(ours), Median(empty), findings);
    }

    private static (double Milliseconds, int Findings) Time(Compilation compilation, SemanticModel model, DiagnosticAnalyzer analyzer)
    {
        var withAnalyzers = compilation.WithAnalyzers([analyzer], new CompilationWithAnalyzersOptions(new AnalyzerOptions([]), null, concurrentAnalysis: false, logAnalyzerExecutionTime: false));
        var watch = Stopwatch.StartNew();
        var findings = withAnalyzers.GetAnalyzerSemanticDiagnosticsAsync(model, null, CancellationToken.None).GetAwaiter().GetResult().Length;
        return (watch.Elapsed.TotalMilliseconds, findings);
    }

    private static double Median(List<double> times)
    {
        times.Sort();
        return times[times.Count / 2];
    }

    private static string Routes(int count)
    {
        var source = new StringBuilder("using EnvoyGateway.Dsl.GatewayApi;\n\npublic static class Routes\n{\n");
        for (var i = 0; i < count; i++)
        {
            source.Append(CultureInfo.InvariantCulture, $$"""
                    public static HTTPRoute R{{i}} { get; } = new("route-{{i}}") { Metadata = { Namespace = "shop" }, Spec = { ParentRefs = { new() { Name = "eg" } }, Rules = { new() { BackendRefs = { new() { Name = "svc-{{i}}", Port = 8080 } } } } } };

                """);
        }

        return source.Append("}\n").ToString();
    }

    private static string Policies(int count)
    {
        var source = new StringBuilder("using EnvoyGateway.Dsl;\nusing EnvoyGateway.Dsl.Gateway.V1Alpha1;\n\npublic static class Policies\n{\n    public static ManifestSet Set => [\n");
        for (var i = 0; i < count; i++)
        {
            var target = i % 100 == 42 ? "route-gone-" + i.ToString(CultureInfo.InvariantCulture) : "route-" + i.ToString(CultureInfo.InvariantCulture);
            source.Append(CultureInfo.InvariantCulture, $$"""
                        new BackendTrafficPolicy("p-{{i}}") { Metadata = { Namespace = "shop" }, Spec = { TargetRefs = { new() { Group = "gateway.networking.k8s.io", Kind = "HTTPRoute", Name = "{{target}}" } } } },

                """);
        }

        return source.Append("    ];\n}\n").ToString();
    }
}
