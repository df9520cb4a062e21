using System.Diagnostics;

namespace EnvoyGateway.Dsl.Analyzers.Tests.CodeFixes;

/// <summary>
/// The fixes as a user's CI applies them: <c>dotnet format analyzers</c> on a small project that references
/// the built Dsl, analyzer and code-fix assemblies (copied next to this test assembly), outside the repository
/// so none of its build props apply. Three runs of 7–8 s each: pending check, fix, clean check.
/// </summary>
public sealed class DotnetFormatEndToEndTests : IDisposable
{
    private const string Broken = """
        using EnvoyGateway.Dsl.Gateway.V1Alpha1;

        public static class Policies
        {
            public static BackendTrafficPolicy Api => new BackendTrafficPolicy("api")
            {
                Metadata = { Namespace = "shop" },
                Spec =
                {
                    TargetRef = new() { Group = "apps", Kind = "HTTPRoute", Name = "api" },
                    LoadBalancer = new() { Type = "roundrobin" },
                    RateLimit = new()
                    {
                        Type = "Global",
                        Global = new() { Rules = { new() { Limit = new() { Requests = 10, Unit = "Minutes" } } } },
                    },
                },
            };
        }
        """;

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "egdsl-format-" + Guid.NewGuid().ToString("N"));

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task Dotnet_format_applies_the_fixes_and_then_finds_nothing_to_fix()
    {
        var project = CreateProject();
        var source = Path.Combine(_directory, "Policies.cs");

        var pending = await FormatAsync(project, "--verify-no-changes");
        Assert.True(pending.ExitCode == 2, pending.Output);

        var fix = await FormatAsync(project);
        Assert.True(fix.ExitCode == 0, fix.Output);
        var fixedText = await File.ReadAllTextAsync(source);
        Assert.Contains("""TargetRef = new() { Group = "gateway.networking.k8s.io", Kind = "HTTPRoute", Name = "api" },""", fixedText, StringComparison.Ordinal);
        Assert.Contains("""LoadBalancer = new() { Type = "RoundRobin" },""", fixedText, StringComparison.Ordinal);
        Assert.Contains("""Limit = new() { Requests = 10, Unit = "Minute" }""", fixedText, StringComparison.Ordinal);
        Assert.Equal(Broken.Replace("\"apps\"", "\"gateway.networking.k8s.io\"", StringComparison.Ordinal)
            .Replace("\"roundrobin\"", "\"RoundRobin\"", StringComparison.Ordinal)
            .Replace("\"Minutes\"", "\"Minute\"", StringComparison.Ordinal), fixedText);

        var clean = await FormatAsync(project, "--verify-no-changes");
        Assert.True(clean.ExitCode == 0, clean.Output);
    }

    private string CreateProject()
    {
        Directory.CreateDirectory(_directory);
        var built = AppContext.BaseDirectory;
        var project = Path.Combine(_directory, "Policies.csproj");
        File.WriteAllText(project, $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
              </PropertyGroup>
              <ItemGroup>
                <Reference Include="EnvoyGateway.Dsl" HintPath="{Path.Combine(built, "EnvoyGateway.Dsl.dll")}" />
                <Analyzer Include="{Path.Combine(built, "EnvoyGateway.Dsl.Analyzers.dll")}" />
                <Analyzer Include="{Path.Combine(built, "EnvoyGateway.Dsl.CodeFixes.dll")}" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(_directory, "Policies.cs"), Broken);
        return project;
    }

    private static async Task<(int ExitCode, string Output)> FormatAsync(string project, params string[] extra)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(project)!,
        };
        foreach (var argument in new[] { "format", "analyzers", project, "--diagnostics", "EG1001", "EG2002", "--severity", "warn" }.Concat(extra))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await error);
    }
}
