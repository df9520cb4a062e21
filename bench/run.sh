#!/usr/bin/env bash
# Every speed goal of the product in one run, each beside its peer and its goal (docs/performance.md).
#   bench/run.sh            the full run (about 15–25 minutes on 2 cores)
#   bench/run.sh --quick    proves the harness end to end in a few minutes (CI); the figures are not goals
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
quick=false
[ "${1:-}" = "--quick" ] && quick=true
out=$repo/artifacts/bench
rm -rf "$out" && mkdir -p "$out"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

step() { echo "== $*" >&2; }

step "building (Release)"
dotnet build "$repo/src/Emitter" -c Release -nologo -v:q >/dev/null
dotnet build "$repo/bench/EnvoyGateway.Dsl.Benchmarks" -c Release -nologo -v:q >/dev/null
dotnet build "$repo/bench/EnvoyGateway.Dsl.AnalyzerBenchmarks" -c Release -nologo -v:q >/dev/null

step "serialise, parse, validate (BenchmarkDotNet)"
job=short
$quick && job=dry
(cd "$out" && dotnet "$repo/bench/EnvoyGateway.Dsl.Benchmarks/bin/Release/net10.0/EnvoyGateway.Dsl.Benchmarks.dll" \
  --filter '*' --job "$job" --exporters json --artifacts "$out/bdn" > "$out/bdn.log" 2>&1) || { tail -40 "$out/bdn.log"; exit 1; }

step "analyzers: one 200-policy file; a 2,000-policy build with analyzers on and off"
analyzer_args=()
$quick && analyzer_args=(--no-build)
dotnet "$repo/bench/EnvoyGateway.Dsl.AnalyzerBenchmarks/bin/Release/net10.0/EnvoyGateway.Dsl.AnalyzerBenchmarks.dll" "${analyzer_args[@]}" > "$out/analyzers.lines"

step "emission after build vs jsonnet, no-op build, growth and peak memory"
emit_args=()
$quick && emit_args=(--quick)
bash "$repo/bench/emit/run-emit-bench.sh" "${emit_args[@]}" "$out/emit-work" > "$out/emit.lines"

step "egdsl validate, process start included"
cli_count=10000
$quick && cli_count=1000
bash "$repo/bench/cli/run-cli-bench.sh" "$cli_count" > "$out/cli.lines"

echo
echo "Machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), $(uname -sr), .NET $(dotnet --version); load before/after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "Date: $(date -u +%Y-%m-%dT%H:%MZ)  Command: bench/run.sh${1:+ $1}"
echo
python3 "$repo/bench/report.py" "$out" ${1:+"$1"}
if $quick; then
  echo
  echo "(quick mode: smaller inputs and single runs; the figures only prove the harness runs)"
fi
