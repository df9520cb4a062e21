#!/usr/bin/env bash
# Placeholder until the benchmark harness lands: proves the script runs.
set -euo pipefail
echo "bench: nothing to run yet"
