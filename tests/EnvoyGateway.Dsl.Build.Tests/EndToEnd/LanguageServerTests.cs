using System.Diagnostics;
using System.Text.Json.Nodes;
using EnvoyGateway.Dsl.Build.Tests.EndToEnd.LanguageServer;
using Xunit.Abstractions;

namespace EnvoyGateway.Dsl.Build.Tests.EndToEnd;

/// <summary>
/// The packaged analyzers as an editor shows them: csharp-ls, a real C# language server, on a fresh project that
/// references the packed package, spoken to over stdio as an editor speaks to it. See docs/editors.md.
/// </summary>
[Collection(PackedPackageCollection.Name)]
public sealed class LanguageServerTests(PackedPackage package, CsharpLs csharpLs, ITestOutputHelper output) : IClassFixture<CsharpLs>
{
    // Generous for a shared 2-core machine: the first report came 6.5 s after didOpen when idle, 47 s at load 25;
    // an edit was followed within 0.1–1.9 s (docs/editors.md).
    private static readonly TimeSpan ProjectLoadTimeout = TimeSpan.FromMinutes(3);
    private static readonly TimeSpan EditTimeout = TimeSpan.FromMinutes(1);

    [Fact]
    public async Task WithAnalyzersEnabled_EG1001IsShownAtTheValue_GoesWhenFixed_AndReturnsWhenBrokenAgain()
    {
        // The web policy's unit stays wrong throughout: every report we accept comes from our analyzer on the current text.
        var (project, path, source) = Restored("PoliciesInEditor",
            PolicySource.Class("Edge", "Production", PolicySource.Policy("api", unit: "\"Minutes\""), PolicySource.Policy("web", unit: "\"Weeks\"")));
        var webUnit = LspRange.Of(source, "\"Weeks\"");
        var apiUnit = LspRange.Of(source, "\"Minutes\"");

        await using var server = await csharpLs.StartAsync(project, package.Environment, new JsonObject { ["analyzersEnabled"] = true });
        await server.RegistrationAsync("textDocument/diagnostic", ProjectLoadTimeout);
        var clock = Stopwatch.StartNew();
        await server.OpenAsync(path, source);

        var opened = await PullUntilEgFindingsAre(server, path, ProjectLoadTimeout, $"EG1001 at {apiUnit}", $"EG1001 at {webUnit}");
        output.WriteLine($"EG1001 shown {clock.Elapsed.TotalSeconds:0.00} s after didOpen (project load included)");
        var minutes = Assert.Single(opened, d => d.Range == apiUnit);
        Assert.Equal(1, minutes.Severity); // Error
        Assert.Contains("'Minutes' is not a valid unit", minutes.Message, StringComparison.Ordinal);
        Assert.Contains("did you mean 'Minute'?", minutes.Message, StringComparison.Ordinal);

        clock.Restart();
        await server.ReplaceAsync(path, "\"Minutes\"", "\"Minute\"");
        await PullUntilEgFindingsAre(server, path, EditTimeout, $"EG1001 at {webUnit}");
        output.WriteLine($"EG1001 gone {clock.Elapsed.TotalSeconds:0.00} s after the fixing didChange");

        clock.Restart();
        var hoursUnit = await server.ReplaceAsync(path, "\"Minute\"", "\"Hours\"");
        var broken = await PullUntilEgFindingsAre(server, path, EditTimeout, $"EG1001 at {hoursUnit}", $"EG1001 at {webUnit}");
        output.WriteLine($"EG1001 back {clock.Elapsed.TotalSeconds:0.00} s after the breaking didChange");
        Assert.Contains("'Hours' is not a valid unit", Assert.Single(broken, d => d.Range == hoursUnit).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithTheServersDefaultSettings_OnlyCompilerDiagnosticsAreShown()
    {
        // csharp-ls runs no analyzer unless the editor turns csharp.analyzersEnabled on: docs/editors.md says so.
        var (project, path, source) = Restored("PoliciesInEditorDefaults",
            PolicySource.Class("Edge", "Production", PolicySource.Policy("api", unit: "\"Minutes\"")) + "#warning the compiler's own finding\n");

        await using var server = await csharpLs.StartAsync(project, package.Environment, csharpSettings: null);
        await server.RegistrationAsync("textDocument/diagnostic", ProjectLoadTimeout);
        var clock = Stopwatch.StartNew();
        await server.OpenAsync(path, source);

        // CS1030 (#warning) shows the document was compiled in its project; no error shows the package resolved.
        var report = await server.PullDiagnosticsUntilAsync(path, "CS1030 from the #warning", r => r.Any(d => d.Code == "CS1030"), ProjectLoadTimeout);
        output.WriteLine($"CS1030 shown {clock.Elapsed.TotalSeconds:0.00} s after didOpen (project load included)");
        Assert.DoesNotContain(report, d => d.Severity == 1);
        Assert.Equal(Findings(), EgFindings(report));
    }

    /// <summary>A fresh consumer project holding <paramref name="classes"/> in Edge.cs, restored as an editor needs it.</summary>
    private (ConsumerProject Project, string Path, string Source) Restored(string name, string classes)
    {
        var project = new ConsumerProject(package, name);
        var source = PolicySource.Usings + classes;
        var path = project.Write("Edge.cs", source);
        var restore = project.Restore();
        Assert.True(restore.ExitCode == 0, restore.ToString());
        return (project, path, source);
    }

    /// <summary>Pulls until the report's EG diagnostics are exactly <paramref name="findings"/> ("ID at range").</summary>
    private static Task<IReadOnlyList<LspDiagnostic>> PullUntilEgFindingsAre(LanguageServerClient server, string path, TimeSpan timeout, params string[] findings)
    {
        var expected = Findings(findings);
        return server.PullDiagnosticsUntilAsync(path, $"exactly these EG diagnostics: {expected}", r => EgFindings(r) == expected, timeout);
    }

    /// <summary>The report's EG diagnostics as "ID at range", sorted: a squiggle shown twice would show here twice.</summary>
    private static string EgFindings(IReadOnlyList<LspDiagnostic> report)
        => Findings([.. report.Where(d => d.Code?.StartsWith("EG", StringComparison.Ordinal) == true).Select(d => $"{d.Code} at {d.Range}")]);

    private static string Findings(params string[] findings) => string.Join("; ", findings.Order(StringComparer.Ordinal));
}
