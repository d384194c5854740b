#!/usr/bin/env bash
# Peak working set (maximum resident set size) of `assess` on one transcript and of the offline eval over all
# cases. Usage: benchmarks/memory.sh. Builds the CLI in Release first.
set -euo pipefail
cd "$(dirname "$0")/.."

dll=src/AssessAgent.Cli/bin/Release/net10.0/assessagent.dll
benchmarks=benchmarks/AssessAgent.Benchmarks/bin/Release/net10.0/AssessAgent.Benchmarks.dll
dotnet build src/AssessAgent.Cli -c Release --nologo -v quiet > /dev/null
dotnet build benchmarks/AssessAgent.Benchmarks -c Release --nologo -v quiet > /dev/null
echo "cores: $(nproc), load average: $(cut -d' ' -f1-3 /proc/loadavg)"

measure() {
    local label="$1"
    shift
    /usr/bin/time -f "$label: max RSS %M KB, wall %e s, user %U s, system %S s" "$@" 2> >(tail -1 >&2)
}

# --no-save: the figure is the assessment's, and a benchmark leaves the user's assessment store alone.
measure "assess one transcript" dotnet exec "$dll" assess evals/cases/01-seed-misaligned-report.txt --no-save > /dev/null
# The benchmark executable runs the eval harness offline over every case, as `assessagent eval --provider offline`
# does, and prints how many times the embedding model was loaded.
measure "offline eval, all cases" dotnet exec "$benchmarks" eval-offline
