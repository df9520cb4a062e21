using System.Diagnostics;

namespace EnvoyGateway.Dsl.Tool.Tests.Graph;

/// <summary>
/// <c>egdsl graph</c>: what the diagram says about a small gateway (listeners, routes, backends, policies, a broken
/// target, a conflict), and that Mermaid itself renders it (mermaid-cli with Debian's chromium; .ci/run installs both).
/// </summary>
public sealed class GraphCommandTests
{
    private const string Gateway = """
        apiVersion: gateway.networking.k8s.io/v1
        kind: Gateway
        metadata: {name: eg, namespace: default}
        spec:
          gatewayClassName: eg
          listeners:
          - {name: http, port: 80, protocol: HTTP}
          - {name: https, port: 443, protocol: HTTPS, tls: {certificateRefs: [{name: cert}]}}
        ---
        apiVersion: gateway.networking.k8s.io/v1
        kind: HTTPRoute
        metadata: {name: backend, namespace: default}
        spec:
          parentRefs: [{name: eg, sectionName: http}]
          rules:
          - backendRefs: [{name: backend, port: 3000}]
        ---
        apiVersion: gateway.envoyproxy.io/v1alpha1
        kind: BackendTrafficPolicy
        metadata: {name: timeouts, namespace: default}
        spec:
          targetRefs: [{group: gateway.networking.k8s.io, kind: HTTPRoute, name: backend}]
          timeout: {http: {requestTimeout: 5s}}
        ---
        apiVersion: gateway.envoyproxy.io/v1alpha1
        kind: BackendTrafficPolicy
        metadata: {name: retries, namespace: default}
        spec:
          targetRefs: [{group: gateway.networking.k8s.io, kind: HTTPRoute, name: backend}]
          retry: {numRetries: 3}
        ---
        apiVersion: gateway.envoyproxy.io/v1alpha1
        kind: ClientTrafficPolicy
        metadata: {name: lost, namespace: default}
        spec:
          targetRefs: [{group: gateway.networking.k8s.io, kind: HTTPRoute, name: checkout}]
        """;

    [Fact]
    public void Draws_listeners_routes_backends_and_policies()
    {
        using var folder = new TempFolder();
        var run = CliRun.Of("graph", folder.Write("gateway.yaml", Gateway));

        Assert.True(run.ExitCode == 0, run.ToString());
        var lines = run.StdoutLines;
        Assert.Equal("flowchart LR", lines[0]);
        Assert.Contains("  subgraph n0 [\"Gateway<br/>default/eg\"]", lines);
        Assert.Contains("    n0_l0([\"http :80 HTTP\"])", lines);
        Assert.Contains(lines, line => line.StartsWith("  x", StringComparison.Ordinal) && line.Contains("GatewayClass<br/>eg", StringComparison.Ordinal));
        Assert.Contains("  n0_l0 -->|\"http\"| n1", lines);
        Assert.Contains(lines, line => line.StartsWith("  n1 -->|\":3000\"| x", StringComparison.Ordinal));
        Assert.Contains("  n2{{\"BackendTrafficPolicy<br/>default/timeouts\"}}", lines);
        Assert.Contains("  n2 -.->|\"wins (older)\"| n1", lines);
        Assert.Contains("  n3 -.->|\"conflicted: BackendTrafficPolicy 'default/timeouts' wins\"| n1", lines);
    }

    [Fact]
    public void Marks_a_target_that_is_not_in_the_set()
    {
        using var folder = new TempFolder();
        var run = CliRun.Of("graph", folder.Write("gateway.yaml", Gateway));

        var missing = Assert.Single(run.StdoutLines, line => line.Contains("HTTPRoute<br/>default/checkout", StringComparison.Ordinal));
        Assert.Contains("not in the set", missing, StringComparison.Ordinal);
        var id = missing.Trim().Split('[')[0];
        Assert.Contains(run.StdoutLines, line => line.StartsWith("  class ", StringComparison.Ordinal) && line.EndsWith(" absent", StringComparison.Ordinal) && line.Contains(id, StringComparison.Ordinal));
        Assert.Contains(run.StdoutLines, line => line.StartsWith("  n4 -.->|\"EG4003", StringComparison.Ordinal) && line.EndsWith(" " + id, StringComparison.Ordinal));
        Assert.Contains(run.StdoutLines, line => line.StartsWith("  linkStyle ", StringComparison.Ordinal) && line.Contains("#c62828", StringComparison.Ordinal));
    }

    [Fact]
    public void A_set_of_policies_only_draws_their_targets_as_declared_elsewhere()
    {
        using var folder = new TempFolder();
        var policiesOnly = Gateway.Split("---\n")[2];
        var run = CliRun.Of("graph", folder.Write("policy.yaml", policiesOnly));

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains(run.StdoutLines, line => line.Contains("HTTPRoute<br/>default/backend<br/><i>declared elsewhere</i>", StringComparison.Ordinal));
        Assert.DoesNotContain(run.StdoutLines, line => line.EndsWith(" absent", StringComparison.Ordinal));
    }

    [Fact]
    public void Writes_markdown_when_the_output_is_a_markdown_file()
    {
        using var folder = new TempFolder();
        var output = Path.Combine(folder.Path, "topology.md");
        var run = CliRun.Of("graph", folder.Write("gateway.yaml", Gateway), "-o", output);

        Assert.True(run.ExitCode == 0, run.ToString());
        var text = File.ReadAllText(output);
        Assert.StartsWith("```mermaid\nflowchart LR\n", text, StringComparison.Ordinal);
        Assert.EndsWith("```\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Mermaid_renders_the_diagram()
    {
        using var folder = new TempFolder();
        var diagram = Path.Combine(folder.Path, "topology.mmd");
        Assert.Equal(0, CliRun.Of("graph", folder.Write("gateway.yaml", Gateway), "-o", diagram).ExitCode);
        var svg = Path.Combine(folder.Path, "topology.svg");

        var (exitCode, output) = MermaidCli.Render(diagram, svg, folder.Path);

        Assert.True(exitCode == 0, output);
        var rendered = File.ReadAllText(svg);
        Assert.Contains("<svg", rendered, StringComparison.Ordinal);
        Assert.Contains("default/timeouts", rendered, StringComparison.Ordinal);
        Assert.DoesNotContain("Syntax error", rendered, StringComparison.Ordinal);
    }
}

/// <summary>mermaid-cli (<c>mmdc</c>) on PATH, driving Debian's chromium: a browser download cannot happen here.</summary>
internal static class MermaidCli
{
    public static (int ExitCode, string Output) Render(string input, string output, string workFolder)
    {
        var mmdc = Find("mmdc");
        Assert.True(mmdc is not null, "mmdc is not on PATH: this test needs @mermaid-js/mermaid-cli and chromium (.ci/run installs both).");
        var chromium = Environment.GetEnvironmentVariable("PUPPETEER_EXECUTABLE_PATH") is { Length: > 0 } configured ? configured : Find("chromium");
        Assert.True(chromium is not null, "chromium is not on PATH: mermaid-cli needs a browser (.ci/run installs Debian's chromium).");
        var puppeteerConfig = Path.Combine(workFolder, "puppeteer.json");
        File.WriteAllText(puppeteerConfig, """{"args": ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"]}""");

        var start = new ProcessStartInfo(mmdc!, ["-i", input, "-o", output, "-p", puppeteerConfig, "-q"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["PUPPETEER_EXECUTABLE_PATH"] = chromium;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(2)), "mmdc did not finish in 2 minutes");
        return (process.ExitCode, stdout.Result + stderr);
    }

    private static string? Find(string name)
        => (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(folder => Path.Combine(folder, name))
            .FirstOrDefault(File.Exists);
}
