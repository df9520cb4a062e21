using System.Diagnostics;

namespace EnvoyGateway.Dsl.AnalyzerBenchmarks;

/// <summary>(b) A generated project of 2,000 constant policies: <c>dotnet build</c> with the analyzers off and on.</summary>
internal static class BuildBenchmark
{
    private const int Policies = 2_000;
    private const int Files = 10;
    private const int Runs = 3;

    public static (double Off, double On, bool Reported) Run()
    {
        var folder = Path.Combine(Path.GetTempPath(), "eg-analyzer-bench-" + Environment.ProcessId);
        Directory.CreateDirectory(folder);
        try
        {
            Write(folder);
            Dotnet(folder, "restore");
            Dotnet(folder, "build --no-restore -p:RunAnalyzers=false");
            var off = Median(folder, "false", out _);
            var on = Median(folder, "true", out var output);
            return (off, on, output.Contains("warning EG3009", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static void Write(string folder)
    {
        var bin = AppContext.BaseDirectory;
        File.WriteAllText(Path.Combine(folder, "Policies.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImportDirectoryBuildProps>false</ImportDirectoryBuildProps>
              </PropertyGroup>
              <ItemGroup>
                <Reference Include="EnvoyGateway.Dsl" HintPath="{Path.Combine(bin, "EnvoyGateway.Dsl.dll")}" />
                <Analyzer Include="{Path.Combine(bin, "EnvoyGateway.Dsl.Analyzers.dll")}" />
              </ItemGroup>
            </Project>
            """);
        var perFile = Policies / Files;
        for (var file = 0; file < Files; file++)
        {
            File.WriteAllText(Path.Combine(folder, $"Policies{file}.cs"), PolicyGenerator.File($"Policies{file}", file * perFile, perFile, withOneWarning: file == 0));
        }
    }

    private static double Median(string folder, string runAnalyzers, out string lastOutput)
    {
        var times = new List<double>();
        lastOutput = "";
        for (var run = 0; run < Runs; run++)
        {
            var watch = Stopwatch.StartNew();
            lastOutput = Dotnet(folder, $"build --no-restore --no-incremental -p:RunAnalyzers={runAnalyzers}");
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        return times[times.Count / 2];
    }

    private static string Dotnet(string folder, string arguments)
    {
        var start = new ProcessStartInfo("dotnet", arguments + " -nologo -v:q -clp:NoSummary") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet {arguments} failed:\n{output.Result}\n{error.Result}");
        }

        return output.Result;
    }
}
