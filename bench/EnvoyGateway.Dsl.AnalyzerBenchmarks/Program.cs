using System.Globalization;
using EnvoyGateway.Dsl.AnalyzerBenchmarks;

// One line per figure: name value goal.
var (analyzers, empty, execution) = InProcessBenchmark.Run();
Print("analyze_200_policies_ms", analyzers, "-");
Print("empty_analyzer_200_policies_ms", empty, "-");
Print("analyzer_overhead_200_policies_ms", analyzers - empty, "50");
Print("analyzer_execution_200_policies_ms", execution, "50");

if (!args.Contains("--no-build"))
{
    var (off, on, reported) = BuildBenchmark.Run();
    Print("build_2000_policies_analyzers_off_ms", off, "-");
    Print("build_2000_policies_analyzers_on_ms", on, "-");
    Print("build_ratio_on_off", on / off, "1.10");
    Console.WriteLine($"build_analyzer_reported_EG3009 {reported} True");
}

static void Print(string name, double value, string goal)
    => Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name} {value:0.###} {goal}"));
