#!/usr/bin/env bash
# Cold start: process start to printed report of the command line, for one eval case, a few runs, twice: the
# plain Release build (all code jitted) and a Release publish for this platform (ReadyToRun code, see the CLI's
# project file). Usage: benchmarks/cold-start.sh [case file] [runs]. Builds and publishes the CLI first. Reports are
# not saved (--no-save): the figure is the assessment's, and a benchmark leaves the user's assessment store alone.
set -euo pipefail
cd "$(dirname "$0")/.."

case_file="${1:-evals/cases/01-seed-misaligned-report.txt}"
runs="${2:-5}"
rid="$(dotnet --info | awk '/RID:/ { print $2; exit }')"
built=src/AssessAgent.Cli/bin/Release/net10.0/assessagent.dll
published=src/AssessAgent.Cli/bin/Release/net10.0/$rid/publish/assessagent.dll

dotnet build src/AssessAgent.Cli -c Release --nologo -v quiet > /dev/null
dotnet publish src/AssessAgent.Cli -c Release -r "$rid" --self-contained false --nologo -v quiet > /dev/null
echo "cores: $(nproc), load average before: $(cut -d' ' -f1-3 /proc/loadavg)"

for dll in "$built" "$published"; do
    echo "== $dll"

    # hyperfine gives mean and spread of wall time; /usr/bin/time adds CPU time, which load inflates far less.
    if command -v hyperfine > /dev/null; then
        hyperfine --warmup 1 --runs "$runs" --export-markdown /dev/stdout "dotnet exec $dll assess $case_file --no-save"
    fi

    for _ in $(seq "$runs"); do
        /usr/bin/time -f "one run: wall %e s, user %U s, system %S s, max RSS %M KB, load $(cut -d' ' -f1 /proc/loadavg)" \
            dotnet exec "$dll" assess "$case_file" --no-save 2>&1 > /dev/null | tail -1
    done
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
