#!/usr/bin/env bash
# Times `egdsl validate` on 10,000 bench-shape policies, process start included (goal: 1,000 ms).
# Prints "name value goal" lines; the value is the median of 5 runs after one warm-up.
# Usage: bench/cli/run-cli-bench.sh [count]   (from anywhere; needs the .NET SDK)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
count="${1:-10000}"
work="$root/artifacts/bench-cli"
mkdir -p "$work"
yaml="$work/policies-$count.yaml"

# The bench shape: namespace, 2 labels, HTTPRoute targetRef, LeastRequest, one Global rule with a
# Distinct header and a sourceCIDR, 100/Minute.
awk -v n="$count" 'BEGIN {
  for (i = 0; i < n; i++) {
    if (i > 0) print "---"
    id = sprintf("%05d", i)
    print "apiVersion: gateway.envoyproxy.io/v1alpha1"
    print "kind: BackendTrafficPolicy"
    print "metadata:"
    print "  name: rl-" id
    print "  namespace: shop"
    print "  labels:"
    print "    app: web"
    print "    team: edge"
    print "spec:"
    print "  targetRef:"
    print "    group: gateway.networking.k8s.io"
    print "    kind: HTTPRoute"
    print "    name: route-" id
    print "  loadBalancer:"
    print "    type: LeastRequest"
    print "  rateLimit:"
    print "    type: Global"
    print "    global:"
    print "      rules:"
    print "      - clientSelectors:"
    print "        - headers:"
    print "          - name: x-user-id"
    print "            type: Distinct"
    print "          sourceCIDR:"
    print "            value: 10.0.0.0/8"
    print "        limit:"
    print "          requests: 100"
    print "          unit: Minute"
  }
}' > "$yaml"

# Published like the packed tool (Release, framework-dependent); the apphost is what the tool shim runs.
dotnet publish "$root/src/Tool/EnvoyGateway.Dsl.Tool.csproj" -c Release -o "$work/tool" --nologo -v quiet >/dev/null
egdsl="$work/tool/EnvoyGateway.Dsl.Tool"

"$egdsl" validate "$yaml" >/dev/null   # warm-up (disk cache); also fails the script if validation fails

if command -v hyperfine >/dev/null 2>&1; then
  hyperfine --warmup 1 --runs 5 --export-json "$work/hyperfine.json" "$egdsl validate --quiet $yaml" >&2
  median_ms=$(python3 -c "import json,sys; print(round(json.load(open(sys.argv[1]))['results'][0]['median']*1000))" "$work/hyperfine.json")
else
  times=()
  for _ in 1 2 3 4 5; do
    start=$(date +%s%N)
    "$egdsl" validate --quiet "$yaml" >/dev/null
    end=$(date +%s%N)
    times+=($(( (end - start) / 1000000 )))
  done
  echo "runs (ms): ${times[*]}" >&2
  median_ms=$(printf '%s\n' "${times[@]}" | sort -n | sed -n 3p)
fi

echo "name value goal"
echo "cli_validate_${count}_policies_ms $median_ms 1000"
