using System.Diagnostics;

namespace EnvoyGateway.Dsl.AnalyzerBenchmarks;

/// <summary>
/// (b) A generated project of 2,000 constant policies: <c>dotnet build</c> with the analyzers off
/// (<c>RunAnalyzers=false</c>), on without ours (the analyzers every project gets from the targeting pack still
/// run), and on with ours: the first pair is the goal's ratio, the second what adding our analyzers costs. The
/// ratios are taken per round of three interleaved builds and their median reported: on a shared machine the speed
/// moves by more between rounds than the goal's margin (docs/performance.md), and three medians taken apart
/// once read on / off as 0.92× for the same code that ten paired rounds put at 1.09×.
/// </summary>
internal static class BuildBenchmark
{
    private const int Policies = 2_000;
    private const int Files = 10;
    private const int Runs = 7;

    public static (double Off, double OnWithoutOurs, double On, double RatioOnOff, double RatioOurs, bool Reported) Run()
    {
        var folder = Path.Combine(Path.GetTempPath(), "eg-analyzer-bench-" + Environment.ProcessId);
        Directory.CreateDirectory(folder);
        try
        {
            Write(folder);
            Dotnet(folder, "restore");
            Dotnet(folder, "build --no-restore -p:RunAnalyzers=false");
            // Interleaved off / on without ours / on, so that load from other processes hits all three alike.
            var off = new List<double>();
            var onWithoutOurs = new List<double>();
            var on = new List<double>();
            var output = "";
            for (var run = 0; run < Runs; run++)
            {
                off.Add(Build(folder, "-p:RunAnalyzers=false", out _));
                onWithoutOurs.Add(Build(folder, "-p:RunAnalyzers=true -p:WithoutDslAnalyzers=true", out _));
                on.Add(Build(folder, "-p:RunAnalyzers=true", out output));
            }

            var ratioOnOff = Median([.. on.Select((time, round) => time / off[round])]);
            var ratioOurs = Median([.. on.Select((time, round) => time / onWithoutOurs[round])]);
            return (Median(off), Median(onWithoutOurs), Median(on), ratioOnOff, ratioOurs, output.Contains("warning EG3009", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    public static void Write(string folder)
    {
        var bin = AppContext.BaseDirectory;
        File.WriteAllText(Path.Combine(folder, "Policies.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImportDirectoryBuildProps>false</ImportDirectoryBuildProps>
                <!-- Only the DSL analyzers: RunAnalyzers=true would otherwise also measure the SDK's CA analyzers. -->
                <EnableNETAnalyzers>false</EnableNETAnalyzers>
              </PropertyGroup>
              <ItemGroup>
                <Reference Include="EnvoyGateway.Dsl" HintPath="{Path.Combine(bin, "EnvoyGateway.Dsl.dll")}" />
                <Analyzer Include="{Path.Combine(bin, "EnvoyGateway.Dsl.Analyzers.dll")}" Condition="'$(WithoutDslAnalyzers)' != 'true'" />
              </ItemGroup>
            </Project>
            """);
        var perFile = Policies / Files;
        for (var file = 0; file < Files; file++)
        {
            File.WriteAllText(Path.Combine(folder, $"Policies{file}.cs"), PolicyGenerator.File($"Policies{file}", file * perFile, perFile, withOneWarning: file == 0));
        }
    }

    private static double Build(string folder, string properties, out string output)
    {
        var watch = Stopwatch.StartNew();
        output = Dotnet(folder, $"build --no-restore --no-incremental {properties}");
        return watch.Elapsed.TotalMilliseconds;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
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
