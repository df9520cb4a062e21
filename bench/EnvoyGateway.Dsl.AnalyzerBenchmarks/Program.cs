using System.Globalization;
using EnvoyGateway.Dsl.AnalyzerBenchmarks;

// For a profiler: our analyzers over the 200-policy file in a loop (docs/performance.md).
if (args is ["--loop", var seconds])
{
    Console.WriteLine($"{InProcessBenchmark.Loop(int.Parse(seconds, CultureInfo.InvariantCulture))} runs");
    return;
}

// For Roslyn's own measure: the 2,000-policy project, to build with -p:ReportAnalyzer=true -v:d (docs/performance.md).
if (args is ["--write-build-project", var folder])
{
    BuildBenchmark.Write(Directory.CreateDirectory(folder).FullName);
    return;
}

// One line per figure: name value goal.
var (analyzers, empty, execution) = InProcessBenchmark.Run();
Print("analyze_200_policies_ms", analyzers, "-");
Print("empty_analyzer_200_policies_ms", empty, "-");
Print("analyzer_overhead_200_policies_ms", analyzers - empty, "50");
Print("analyzer_execution_200_policies_ms", execution, "50");

// The reference rules of the file being edited, against a project of N routes and N policies: linear growth.
var small = args.Contains("--no-build") ? 500 : 1_000;
var (referencesSmall, emptySmall, findingsSmall) = ReferenceBenchmark.Run(small);
var (referencesLarge, emptyLarge, findingsLarge) = ReferenceBenchmark.Run(small * 10);
Print("reference_analysis_small_ms", referencesSmall, "-");
Print("reference_analysis_small_empty_ms", emptySmall, "-");
Print("reference_analysis_large_ms", referencesLarge, "-");
Print("reference_analysis_large_empty_ms", emptyLarge, "-");
Print("reference_analysis_large_count", small * 10, "-");
Print("reference_analysis_growth", (referencesLarge - emptyLarge) / (referencesSmall - emptySmall), "11");
Console.WriteLine($"reference_analysis_findings {findingsSmall}/{findingsLarge} {small / 100}/{small / 10}");

if (!args.Contains("--no-build"))
{
    var (off, onWithoutOurs, on, ratioOnOff, ratioOurs, reported) = BuildBenchmark.Run();
    Print("build_2000_policies_analyzers_off_ms", off, "-");
    Print("build_2000_policies_analyzers_on_without_ours_ms", onWithoutOurs, "-");
    Print("build_2000_policies_analyzers_on_ms", on, "-");
    Print("build_ratio_on_off", ratioOnOff, "1.10");
    Print("build_ratio_ours", ratioOurs, "-");
    Console.WriteLine($"build_analyzer_reported_EG3009 {reported} True");
}

static void Print(string name, double value, string goal)
    => Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name} {value:0.###} {goal}"));
