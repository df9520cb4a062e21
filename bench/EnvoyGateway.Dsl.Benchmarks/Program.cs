using System.Globalization;
using BenchmarkDotNet.Running;

namespace EnvoyGateway.Dsl.Benchmarks;

/// <summary>
/// Runs the benchmarks chosen on the command line, e.g. <c>--filter *Yaml* --job short</c>, or, with
/// <c>--write-yaml COUNT FILE</c>, writes the bench shape as YAML for the scripts that time whole
/// processes (bench/cli), so that every benchmark reads the same policies.
/// </summary>
public static class Program
{
    /// <summary>Entry point.</summary>
    public static void Main(string[] args)
    {
        if (args is ["--write-yaml", var count, var file])
        {
            File.WriteAllText(file, BenchShape.Yaml(int.Parse(count, CultureInfo.InvariantCulture)));
            return;
        }

        // Time and allocations of each stage of validation (docs/performance.md): --validation-breakdown [RUNS].
        if (args is ["--validation-breakdown", .. var rest] && rest.Length <= 1)
        {
            ValidationBreakdown.Run(rest is [var runs] ? int.Parse(runs, CultureInfo.InvariantCulture) : 5);
            return;
        }

        // For a profiler (docs/performance.md): runs one v1.9 bench figure in a loop for SECONDS.
        if (args is ["--loop", var figure, var seconds])
        {
            Console.WriteLine(ProfilingLoop.Run(figure, int.Parse(seconds, CultureInfo.InvariantCulture)));
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
