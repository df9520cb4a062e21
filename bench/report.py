"""Turns the figures bench/run.sh collected into one table: figure, value, goal, peer, ratio, verdict.

Inputs: a folder with `*.lines` files (each line `name value goal`, as the bench scripts print) and
BenchmarkDotNet's JSON reports. Output: a Markdown table on stdout (docs/performance.md quotes it).
"""
import glob
import json
import os
import sys

folder = sys.argv[1]
quick = "--quick" in sys.argv[2:]
figures = {}
for path in glob.glob(os.path.join(folder, "*.lines")):
    for line in open(path):
        parts = line.split()
        if len(parts) == 3 and parts[0] != "name":
            try:
                figures[parts[0]] = float(parts[1])
            except ValueError:
                figures[parts[0]] = parts[1]

for path in glob.glob(os.path.join(folder, "**", "*-report-full*.json"), recursive=True):
    for b in json.load(open(path))["Benchmarks"]:
        name = b["Method"]
        params = b.get("Parameters") or ""
        if params:
            name += "_" + params.replace("Count=", "").replace("&", "_")
        stats = b.get("Statistics") or {}
        if stats.get("Median") is not None:
            figures["bdn_" + name + "_ms"] = stats["Median"] / 1e6
        memory = b.get("Memory") or {}
        if memory.get("BytesAllocatedPerOperation") is not None:
            figures["bdn_" + name + "_mb"] = memory["BytesAllocatedPerOperation"] / 1e6


def get(name):
    value = figures.get(name)
    return value if isinstance(value, float) else None


def fmt(value, unit):
    if value is None:
        return "—"
    return f"{value:,.2f} {unit}" if unit == "×" else f"{value:,.1f} {unit}".replace(".0 ", " ")


rows = []


def row(figure, value, unit, goal, goal_text, peer_text=None, peer=None, lower_is_better=True):
    ratio = None if value is None or peer in (None, 0) else value / peer
    if value is None:
        verdict = "not measured"
    elif quick:
        verdict = "(quick run)"
    elif goal is None:
        verdict = "—"
    else:
        verdict = "met" if (value <= goal if lower_is_better else value >= goal) else "MISSED"
    ratio_text = "—" if ratio is None else f"{ratio:.3f}×"
    rows.append(f"| {figure} | {fmt(value, unit)} | {goal_text} | {peer_text or '—'} | {ratio_text} | {verdict} |")


ser = get("bdn_Serialize10k_ms")
row("Serialise 10,000 policies to YAML", ser, "ms", 100, "≤ 100 ms", f"YamlDotNet emitter {fmt(get('bdn_Serialize10k_YamlDotNetEmitter_ms'), 'ms')}", get("bdn_Serialize10k_YamlDotNetEmitter_ms"))
row("… allocated", get("bdn_Serialize10k_mb"), "MB", 100, "≤ 100 MB")
par = get("bdn_Parse10k_ms")
row("Parse the same stream", par, "ms", 200, "≤ 200 ms", f"YamlDotNet path {fmt(get('bdn_Parse10k_YamlDotNetPath_ms'), 'ms')} (events only {fmt(get('bdn_Parse10k_YamlDotNetEventsOnly_ms'), 'ms')})", get("bdn_Parse10k_YamlDotNetPath_ms"))
row("Serialise 10,000 policies of the v1.9 shape (+ timeout, retry, circuitBreaker, healthCheck)", get("bdn_Serialize10kV19_ms"), "ms", 100, "≤ 100 ms", f"v0.6 shape {fmt(ser, 'ms')}", ser)
row("Parse the v1.9 stream", get("bdn_Parse10kV19_ms"), "ms", 200, "≤ 200 ms", f"v0.6 shape {fmt(par, 'ms')}", par)
v1, v10, v100 = get("bdn_Validate_1000_ms"), get("bdn_Validate_10000_ms"), get("bdn_Validate_100000_ms")
row("Validate 10,000 policies", v10, "ms", 50, "≤ 50 ms")
row("Validate 10,000 policies of the v1.9 shape (schema walk, CEL rules of 1.9, set rules)", get("bdn_ValidateV19_ms"), "ms", 50, "≤ 50 ms")
row("Validation growth 1k → 10k", None if not (v1 and v10) else v10 / v1, "×", 11, "≤ 11×")
row("Validation growth 10k → 100k", None if not (v10 and v100) else v100 / v10, "×", 11, "≤ 11×")
s1, s10, s100 = get("bdn_SetRules_1000_ms"), get("bdn_SetRules_10000_ms"), get("bdn_SetRules_100000_ms")
row("Set rules: 10,000 HTTPRoutes + 10,000 policies (read references, every EG4xxx rule)", s10, "ms", None, "linear", f"1k {fmt(s1, 'ms')}, 100k {fmt(s100, 'ms')}")
row("Set rules growth 1k → 10k", None if not (s1 and s10) else s10 / s1, "×", 11, "≤ 11×")
row("Set rules growth 10k → 100k", None if not (s10 and s100) else s100 / s10, "×", 11, "≤ 11×")
rl, rle, rn = get("reference_analysis_large_ms"), get("reference_analysis_large_empty_ms"), get("reference_analysis_large_count")
rs, rse = get("reference_analysis_small_ms"), get("reference_analysis_small_empty_ms")
row(f"Analyzer: reference rules of the file being edited, {'—' if rn is None else f'{rn:,.0f}'} routes + as many policies in the project (ours − empty analyzer)",
    None if rl is None or rle is None else rl - rle, "ms", None, "linear", f"wall {fmt(rl, 'ms')} vs empty {fmt(rle, 'ms')}; a tenth of the project: {fmt(None if rs is None or rse is None else rs - rse, 'ms')}")
row("… growth with ten times the project", get("reference_analysis_growth"), "×", 11, "≤ 11×")
row("Analyzer: one file of 200 policies (time in our analyzers)", get("analyzer_execution_200_policies_ms"), "ms", 50, "≤ 50 ms", f"wall with ours {fmt(get('analyze_200_policies_ms'), 'ms')} vs an empty analyzer {fmt(get('empty_analyzer_200_policies_ms'), 'ms')}")
row("Analyzer: build of 2,000 policies, on/off", get("build_ratio_on_off"), "×", 1.10, "≤ 1.10×", f"off {fmt(get('build_2000_policies_analyzers_off_ms'), 'ms')}, on {fmt(get('build_2000_policies_analyzers_on_ms'), 'ms')}; on without ours {fmt(get('build_2000_policies_analyzers_on_without_ours_ms'), 'ms')}: ours alone {fmt(get('build_ratio_ours'), '×')}")
jsonnet, count = get("jsonnet_ms"), get("emit_policy_count")
policies = "—" if count is None else f"{count:,.0f}"
tenth = None if jsonnet is None else jsonnet / 10
for case, words in (("fresh", "into an empty folder"), ("unchanged", "over unchanged output")):
    row(f"Emit {policies} computed policies {words}: build with emission − build without",
        get(f"emit_build_{case}_minus_off_ms"), "ms", tenth, "≤ 1/10 of jsonnet",
        f"jsonnet 0.18 {fmt(jsonnet, 'ms')}; the emitter command alone {fmt(get(f'emitter_{case}_ms'), 'ms')}", jsonnet)
    floor = get(f"floor_{case}_write_ms")
    row(f"… its write phase (EGDSL_EMITTER_TIMINGS)", get(f"emitter_{case}_write_ms"), "ms",
        None if floor is None else floor * 1.5, "≤ 1.5× the floor",
        f"floor (Python temporary + rename loop) {fmt(floor, 'ms')}", floor)
row("No-op build: time in our targets (MSBuild PerformanceSummary)", get("noop_build_our_targets_ms"), "ms", 50, "≤ 50 ms", f"whole no-op build {fmt(get('noop_build_emit_on_ms'), 'ms')} (emission off {fmt(get('noop_build_emit_off_ms'), 'ms')})")
e1, e10, e100 = get("emit_1000_policies_ms"), get("emit_10000_policies_ms"), get("emit_100000_policies_ms")
row("Emission growth 1k → 10k", None if not (e1 and e10) else e10 / e1, "×", 11, "≤ 11×")
row("Emission growth 10k → 100k", None if not (e10 and e100) else e100 / e10, "×", 11, "≤ 11×")
row("Emitter peak memory at 100,000", get("emit_100000_policies_peak_mb"), "MB", 1024, "≤ 1 GB")
row("egdsl validate 10,000 policies (wall, process included)", get("cli_validate_10000_policies_wall_ms"), "ms", 1000, "≤ 1,000 ms", f"CPU {fmt(get('cli_validate_10000_policies_cpu_ms'), 'ms')}")

print("| figure | value | goal | peer | ratio to peer | verdict |")
print("|---|---|---|---|---|---|")
print("\n".join(rows))
