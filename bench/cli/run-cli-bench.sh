#!/usr/bin/env bash
# Times `egdsl validate` on 10,000 bench-shape policies, process start included (goal: 1,000 ms). The bench
# shape is a v0.6 policy (targetRef), so the release is 0.6: the newest would add a deprecation warning each.
# Prints "name value goal" lines; each value is the median of 5 runs after one warm-up.
# Usage: bench/cli/run-cli-bench.sh [count]   (from anywhere; needs the .NET SDK)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
count="${1:-10000}"
work="$root/artifacts/bench-cli"
mkdir -p "$work"
yaml="$work/policies-$count.yaml"

# The bench shape, from the one definition all benchmarks share (bench/EnvoyGateway.Dsl.Benchmarks/BenchShape.cs).
dotnet build "$root/bench/EnvoyGateway.Dsl.Benchmarks" -c Release --nologo -v quiet >/dev/null
dotnet "$root/bench/EnvoyGateway.Dsl.Benchmarks/bin/Release/net10.0/EnvoyGateway.Dsl.Benchmarks.dll" --write-yaml "$count" "$yaml"

# Published like the packed tool (Release, framework-dependent); the apphost is what the tool shim runs.
dotnet publish "$root/src/Tool/EnvoyGateway.Dsl.Tool.csproj" -c Release -o "$work/tool" --nologo -v quiet >/dev/null
egdsl="$work/tool/EnvoyGateway.Dsl.Tool"

"$egdsl" validate --envoy-gateway-version 0.6 "$yaml" >/dev/null   # warm-up (disk cache); also fails the script if validation fails

# Wall time is the goal; CPU time (user + sys) is printed too because on a shared machine the wall
# time mostly measures the neighbours.
walls=()
cpus=()
for _ in 1 2 3 4 5; do
  start=$(date +%s%N)
  cpu=$( { TIMEFORMAT='%3U %3S'; time "$egdsl" validate --envoy-gateway-version 0.6 --quiet "$yaml" >/dev/null; } 2>&1 )
  end=$(date +%s%N)
  walls+=($(( (end - start) / 1000000 )))
  cpus+=($(awk -v u="${cpu% *}" -v s="${cpu#* }" 'BEGIN { printf "%d", (u + s) * 1000 }'))
done
echo "runs: wall ms ${walls[*]}; cpu ms ${cpus[*]}; load $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?')" >&2
median() { printf '%s\n' "$@" | sort -n | sed -n 3p; }

echo "name value goal"
echo "cli_validate_${count}_policies_wall_ms $(median "${walls[@]}") 1000"
echo "cli_validate_${count}_policies_cpu_ms $(median "${cpus[@]}") -"
