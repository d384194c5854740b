#!/usr/bin/env bash
# Cold start: process start to printed report of the built command line, for one eval case, a few runs.
# Usage: benchmarks/cold-start.sh [case file] [runs]. Builds the CLI in Release first.
set -euo pipefail
cd "$(dirname "$0")/.."

case_file="${1:-evals/cases/01-seed-misaligned-report.txt}"
runs="${2:-5}"
dll=src/AssessAgent.Cli/bin/Release/net10.0/assessagent.dll

dotnet build src/AssessAgent.Cli -c Release --nologo -v quiet > /dev/null
echo "cores: $(nproc), load average before: $(cut -d' ' -f1-3 /proc/loadavg)"

# hyperfine gives mean and spread of wall time; /usr/bin/time adds CPU time, which load inflates far less.
if command -v hyperfine > /dev/null; then
    hyperfine --warmup 1 --runs "$runs" --export-markdown /dev/stdout \
        "dotnet exec $dll assess $case_file"
fi

/usr/bin/time -f "one run: wall %e s, user %U s, system %S s, max RSS %M KB" \
    dotnet exec "$dll" assess "$case_file" > /dev/null
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
