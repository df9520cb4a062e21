#!/usr/bin/env bash
# Emission speed of EnvoyGateway.Dsl, measured the way builds use it, in two cases: into an empty output
# folder ("fresh": every CI build, every fresh clone) and over output that is already there and
# unchanged ("unchanged": the build loop). Prints one line per figure:  name value goal
# (1) the emitter alone (the exact "dotnet exec" command the targets run) on 10,000 computed policies,
#     with its write phase (EGDSL_EMITTER_TIMINGS=1);
# (2) the floor for that write phase, measured interleaved with (1): bench/emit/write-floor.py, a Python
#     loop writing the same bytes as temporary file + rename, one file after the other, into an empty
#     folder (fresh) and over the files already there (unchanged);
# (3) Debian's jsonnet rendering the same 10,000 objects as plain literals to a JSON List (the peer);
# (4) the whole emission as a build sees it: "dotnet build --no-restore" of the consumer with the emitter
#     made to run (fresh: output folder deleted; unchanged: stamp deleted) minus the same build with
#     EnvoyGatewayEmitManifests=false, interleaved, medians of each;
# (5) a no-op build: our targets' own cost;
# (6) growth of the emitter from 1,000 to 10,000 to 100,000 policies, and its peak memory at 100,000.
# Medians of 5 runs. Usage: bench/emit/run-emit-bench.sh [--quick] [work-dir]   (default: $TMPDIR/egdsl-emit-bench)
# --quick: 1,000 policies, one run each, no growth series: proves the harness runs end to end.
set -euo pipefail

repo=$(cd "$(dirname "$0")/../.." && pwd)
quick=false
if [ "${1:-}" = "--quick" ]; then quick=true; shift; fi
work=${1:-${TMPDIR:-/tmp}/egdsl-emit-bench}
count=10000
runs=5
growth=(1000 10000 100000)
if $quick; then count=1000; runs=1; growth=(); fi
project=$work/Consumer
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 MSBUILDDISABLENODEREUSE=1

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
# time_runs N CMD...: runs CMD N times (output discarded), prints the median wall time in ms.
time_runs() {
  local n=$1; shift
  for _ in $(seq "$n"); do
    local start; start=$(now_ms)
    "$@" > /dev/null 2>&1
    echo $(( $(now_ms) - start ))
  done | median
}

command -v jsonnet > /dev/null || { apt-get update -qq && apt-get install -y -qq jsonnet > /dev/null; }

# (1) A consumer outside the repository (nothing inherited), wired like samples/Quickstart.
rm -rf "$work" && mkdir -p "$project"
cat > "$project/Consumer.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
    <EnvoyGatewayEmitterPath>$repo/src/Emitter/bin/\$(Configuration)/net10.0/EnvoyGateway.Dsl.Emitter.dll</EnvoyGatewayEmitterPath>
  </PropertyGroup>
  <Import Project="$repo/src/Package/build/EnvoyGateway.Dsl.props" />
  <ItemGroup>
    <ProjectReference Include="$repo/src/Dsl/EnvoyGateway.Dsl.csproj" />
    <ProjectReference Include="$repo/src/Emitter/EnvoyGateway.Dsl.Emitter.csproj" ReferenceOutputAssembly="false" />
  </ItemGroup>
  <Import Project="$repo/src/Package/build/EnvoyGateway.Dsl.targets" />
</Project>
XML
cat > "$project/Bench.cs" <<'CS'
using EnvoyGateway.Dsl;
using EnvoyGateway.Dsl.Gateway.V1Alpha1;

namespace Bench;

public static class Policies
{
    // The bench varies the count through the environment, which the emitter's process inherits.
    public static ManifestSet RateLimits { get; } = Build(int.Parse(Environment.GetEnvironmentVariable("EGDSL_BENCH_COUNT") ?? "10000"));

    private static ManifestSet Build(int count)
    {
        var set = new ManifestSet();
        for (var i = 0; i < count; i++)
        {
            var name = $"rl-{i:D5}";
            set.Add(new BackendTrafficPolicy(name)
            {
                Metadata = { Namespace = "bench", Labels = { ["app"] = name, ["tier"] = "edge" } },
                Spec =
                {
                    TargetRef = new() { Group = "gateway.networking.k8s.io", Kind = "HTTPRoute", Name = name },
                    LoadBalancer = new() { Type = "LeastRequest" },
                    RateLimit = new()
                    {
                        Type = "Global",
                        Global = new()
                        {
                            Rules =
                            {
                                new()
                                {
                                    ClientSelectors =
                                    {
                                        new() { Headers = { new() { Name = "x-user-id", Type = "Distinct" } } },
                                        new() { SourceCIDR = new() { Type = "Distinct", Value = "10.0.0.0/8" } },
                                    },
                                    Limit = new() { Requests = 100, Unit = "Minute" },
                                },
                            },
                        },
                    },
                },
            });
        }

        return set;
    }
}
CS

export EGDSL_BENCH_COUNT=$count
dotnet build "$project" -c Release -nologo -tl:off -v:m > "$work/build.log" 2>&1 || { cat "$work/build.log"; exit 1; }
grep -q "EnvoyGateway.Dsl: 1 set, $count resources" "$work/build.log" || { echo "the build did not emit $count resources:"; cat "$work/build.log"; exit 1; }

dotnet_host=${DOTNET_HOST_PATH:-$(command -v dotnet)}
emitter=$repo/src/Emitter/bin/Release/net10.0/EnvoyGateway.Dsl.Emitter.dll
settings=$project/obj/Release/net10.0/EnvoyGateway.Dsl.settings
stamp=$project/obj/Release/net10.0/EnvoyGateway.Dsl.stamp
manifests=$project/bin/Release/net10.0/manifests
floor=$work/floor
emit() { "$dotnet_host" exec "$emitter" "$settings"; }
emit_cold() { rm -rf "$manifests"; emit; }

# (1) and (2): the emitter and the floor, interleaved so that both see the same machine. Each emitter
# run prints its phases; the write phase is taken from them.
# "Fresh" means a folder never used before, not one just emptied: this machine's ext4 has no journal,
# and without one ext4 skips inodes freed in the last minutes when it allocates new ones, so creating
# 10,000 files right after deleting 10,000 costs 2-5x more (kernel time in recently_deleted()) for
# the emitter and the floor alike. A CI checkout has nothing recently deleted; the fresh folders
# are deleted at the end.
fresh_scratch=$work/fresh
mkdir -p "$fresh_scratch"
fresh_n=0
# next_fresh: sets fresh_folder to a path not used yet (not in a subshell: it counts).
next_fresh() { fresh_n=$((fresh_n + 1)); fresh_folder=$fresh_scratch/$fresh_n; }
# emitter_and_floor CASE: prints "emitter-wall write-phase floor" per run.
emitter_and_floor() {
  for _ in $(seq "$runs"); do
    local run_settings=$settings floor_target=$floor
    if [ "$1" = fresh ]; then
      next_fresh
      run_settings=$fresh_folder.settings
      sed -e "s|^outputRoot=.*|outputRoot=$fresh_folder/manifests/|" -e "s|^stamp=.*|stamp=$fresh_folder.stamp|" "$settings" > "$run_settings"
      next_fresh
      floor_target=$fresh_folder
    fi
    local start; start=$(now_ms)
    EGDSL_EMITTER_TIMINGS=1 "$dotnet_host" exec "$emitter" "$run_settings" > /dev/null 2> "$work/phases.txt"
    local wall=$(( $(now_ms) - start ))
    local write; write=$(sed -n 's/.*; write \([0-9]*\) ms.*/\1/p' "$work/phases.txt")
    [ -n "$write" ] || { echo "no write phase in the emitter's timings:" >&2; cat "$work/phases.txt" >&2; exit 1; }
    echo "$wall $write $(python3 "$repo/bench/emit/write-floor.py" "$manifests/RateLimits" "$floor_target")"
  done
}
# Fresh first, before anything in this run deletes files (see above).
emitter_and_floor fresh > "$work/fresh.runs"
column_median() { awk -v c="$1" '{ print $c }' "$2" | median; }

# (4) The whole emission as a build sees it, both cases: the same "dotnet build --no-restore" with the
# emitter made to run and with emission off, interleaved, medians of each.
build() { dotnet build "$project" -c Release --no-restore -nologo -tl:off -v:q "-p:EnvoyGatewayEmitManifests=$1" "${@:2}"; }
build true > /dev/null 2>&1; build false > /dev/null 2>&1
fresh_on=(); unchanged_on=(); off_times=()
for _ in $(seq $runs); do
  next_fresh
  fresh_on+=("$(time_runs 1 build true "-p:EnvoyGatewayManifestsPath=$fresh_folder/")")
  rm -f "$stamp"
  unchanged_on+=("$(time_runs 1 build true)")
  off_times+=("$(time_runs 1 build false)")
done
[ -f "$manifests/RateLimits/kustomization.yaml" ] && [ -f "$fresh_folder/RateLimits/kustomization.yaml" ] || { echo "the builds did not emit"; exit 1; }
build_fresh_ms=$(printf '%s\n' "${fresh_on[@]}" | median)
build_unchanged_ms=$(printf '%s\n' "${unchanged_on[@]}" | median)
build_off_ms=$(printf '%s\n' "${off_times[@]}" | median)

# The unchanged case after the builds: each run of its floor replaces 10,000 files, which frees
# 10,000 inodes (see above).
emit > /dev/null 2>&1
rm -rf "$floor" && python3 "$repo/bench/emit/write-floor.py" "$manifests/RateLimits" "$floor" > /dev/null
emitter_and_floor unchanged > "$work/unchanged.runs"

# (3) The same objects as plain jsonnet literals, rendered to one JSON List.
python3 - "$work/bench.jsonnet" "$count" <<'PY'
import sys
path, count = sys.argv[1], int(sys.argv[2])
with open(path, "w") as out:
    out.write("{\n  apiVersion: 'v1',\n  kind: 'List',\n  items: [\n")
    for i in range(count):
        name = f"rl-{i:05d}"
        out.write(
            "    { apiVersion: 'gateway.envoyproxy.io/v1alpha1', kind: 'BackendTrafficPolicy',"
            f" metadata: {{ name: '{name}', namespace: 'bench', labels: {{ app: '{name}', tier: 'edge' }} }},"
            " spec: { targetRef: { group: 'gateway.networking.k8s.io', kind: 'HTTPRoute', name: '" + name + "' },"
            " loadBalancer: { type: 'LeastRequest' },"
            " rateLimit: { type: 'Global', global: { rules: [ { clientSelectors: ["
            " { headers: [ { name: 'x-user-id', type: 'Distinct' } ] },"
            " { sourceCIDR: { type: 'Distinct', value: '10.0.0.0/8' } } ],"
            " limit: { requests: 100, unit: 'Minute' } } ] } } } },\n")
    out.write("  ],\n}\n")
PY
jsonnet_render() { jsonnet "$work/bench.jsonnet" -o "$work/bench.json"; }
jsonnet_ms=$(time_runs $runs jsonnet_render)

# (5) No-op builds. Our targets' own cost, as MSBuild's PerformanceSummary measures it (the targets
# hooked into the build; the ones they depend on or call are included in their times), median of the runs;
# also the whole no-op build with emission on and off for context (its run-to-run noise exceeds the goal).
build true > /dev/null 2>&1
noop_on=(); noop_off=(); target_times=()
for _ in $(seq $runs); do
  noop_on+=("$(time_runs 1 build true)")
  noop_off+=("$(time_runs 1 build false)")
  target_times+=("$(build true -clp:PerformanceSummary 2>&1 | sed -n '/Target Performance Summary/,$p' \
    | awk '$3 ~ /^(_EnvoyGatewayEmitIfChosen|_EnvoyGatewayUseErrorLog|_EnvoyGatewayRegisterStateFiles|_EnvoyGatewayChooseTargetFramework)$/ { sum += $1 } END { print sum + 0 }')")
done
noop_on_ms=$(printf '%s\n' "${noop_on[@]}" | median)
noop_off_ms=$(printf '%s\n' "${noop_off[@]}" | median)
noop_targets_ms=$(printf '%s\n' "${target_times[@]}" | median)

# (6) Growth: the emitter at each size, output already on disk (the steady state of a build loop).
growth_lines=()
for n in "${growth[@]}"; do
  export EGDSL_BENCH_COUNT=$n
  emit_cold > /dev/null 2>&1
  growth_lines+=("emit_${n}_policies_ms $(time_runs 3 emit) -")
  if [ "$n" = 100000 ]; then
    peak_kb=$(/usr/bin/time -f %M "$dotnet_host" exec "$emitter" "$settings" 2>&1 >/dev/null | tail -1)
    growth_lines+=("emit_${n}_policies_peak_mb $(( peak_kb / 1024 )) <=1024")
  fi
done
export EGDSL_BENCH_COUNT=$count

# Nothing big is left for the next run to delete right before it measures.
rm -rf "$fresh_scratch" "$floor" "$manifests"

jsonnet_tenth=$(( jsonnet_ms / 10 ))
echo "name value goal"
echo "emit_policy_count $count -"
echo "jsonnet_ms $jsonnet_ms -"
echo "emit_build_fresh_minus_off_ms $(( build_fresh_ms - build_off_ms )) <=$jsonnet_tenth"
echo "emit_build_unchanged_minus_off_ms $(( build_unchanged_ms - build_off_ms )) <=$jsonnet_tenth"
echo "emit_build_fresh_ms $build_fresh_ms -"
echo "emit_build_unchanged_ms $build_unchanged_ms -"
echo "emit_build_off_ms $build_off_ms -"
for case in fresh unchanged; do
  floor_ms=$(column_median 3 "$work/$case.runs")
  echo "emitter_${case}_ms $(column_median 1 "$work/$case.runs") <=$jsonnet_tenth"
  echo "emitter_${case}_write_ms $(column_median 2 "$work/$case.runs") <=$(( floor_ms * 3 / 2 ))"
  echo "floor_${case}_write_ms $floor_ms -"
done
echo "noop_build_emit_on_ms $noop_on_ms -"
echo "noop_build_emit_off_ms $noop_off_ms -"
echo "noop_build_emit_on_minus_off_ms $(( noop_on_ms - noop_off_ms )) -"
echo "noop_build_our_targets_ms $noop_targets_ms <=50"
for line in "${growth_lines[@]}"; do echo "$line"; done
