#!/usr/bin/env bash
# Every benchmark behind docs/PERFORMANCE.md, one after another, each log kept under benchmarks/results/<time>/.
# Usage: benchmarks/run-all.sh [--quick]
#   --quick  store search over 1,000 and 10,000 assessments only; the 100,000 archive takes the better part of an
#            hour to generate the first time (it is kept under $TMPDIR/assessagent-bench and reused afterwards).
# Figures are only comparable on a quiet machine: every log starts with the load average it ran at.
set -euo pipefail
cd "$(dirname "$0")/.."

sizes=1000,10000,100000
[ "${1:-}" = "--quick" ] && sizes=1000,10000

out="benchmarks/results/$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$out"
project=benchmarks/AssessAgent.Benchmarks
dotnet build "$project" -c Release --nologo -v quiet > /dev/null
bench() { dotnet run -c Release --no-build --project "$project" -- "$@"; }

step() {
    local name="$1"
    shift
    echo "== $name (load average $(cut -d' ' -f1-3 /proc/loadavg))" | tee -a "$out/summary.txt"
    { echo "machine: $(nproc) cores, load average before: $(cut -d' ' -f1-3 /proc/loadavg)"; "$@"; } \
        > "$out/$name.log" 2>&1 || echo "   failed, see $out/$name.log" | tee -a "$out/summary.txt"
}

step offline-assessment bench --filter '*OfflineAssessmentBenchmarks*' '*ReportRendering*' '*EmbeddingThroughput*'
step batch-of-100 bench --filter '*BatchAssessmentBenchmarks*'
step cold-start bash benchmarks/cold-start.sh
step memory bash benchmarks/memory.sh
step model-pipeline bench model-pipeline
step store-search env ASSESSAGENT_BENCH_STORE_SIZES="$sizes" ASSESSAGENT_BENCH_STORE_BACKENDS=sqlite \
    dotnet run -c Release --no-build --project "$project" -- --filter '*StoreSearch*'

echo "logs in $out" | tee -a "$out/summary.txt"
