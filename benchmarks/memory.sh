#!/usr/bin/env bash
# Peak working set (maximum resident set size) of `assess` on one transcript and of the offline eval over all
# cases. Usage: benchmarks/memory.sh. Builds the CLI in Release first.
set -euo pipefail
cd "$(dirname "$0")/.."

dll=src/AssessAgent.Cli/bin/Release/net10.0/assessagent.dll
dotnet build src/AssessAgent.Cli -c Release --nologo -v quiet > /dev/null
echo "cores: $(nproc), load average: $(cut -d' ' -f1-3 /proc/loadavg)"

measure() {
    local label="$1"
    shift
    /usr/bin/time -f "$label: max RSS %M KB, wall %e s, user %U s, system %S s" "$@" > /dev/null 2> >(tail -1 >&2)
}

measure "assess one transcript" dotnet exec "$dll" assess evals/cases/01-seed-misaligned-report.txt
measure "offline eval, all cases" dotnet exec "$dll" eval --offline
