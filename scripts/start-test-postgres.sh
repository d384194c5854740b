#!/usr/bin/env bash
# Starts a throwaway PostgreSQL server for the store tests and prints the line that exports its connection string:
#
#   eval "$(bash scripts/start-test-postgres.sh)"      # sets ASSESSAGENT_TEST_POSTGRES
#   bash scripts/start-test-postgres.sh --stop          # stops it and removes its files
#
# The server listens on 127.0.0.1 only (port ASSESSAGENT_TEST_POSTGRES_PORT, default 55432), keeps its files in a
# temporary folder, skips fsync, and holds one database, assessagent_test, with a random password. Debian's
# postgresql package is installed when no server binaries are found. PostgreSQL refuses to run as root, so as root
# the server runs as the postgres user. Progress goes to standard error; standard output carries only the export.
set -euo pipefail

port="${ASSESSAGENT_TEST_POSTGRES_PORT:-55432}"
state_file="${TMPDIR:-/tmp}/assessagent-test-postgres.${port}.dir"

log() { echo "start-test-postgres: $*" >&2; }

as_server_user() {
  if [ "$(id -u)" -eq 0 ]; then
    su postgres -s /bin/sh -c "$1"
  else
    sh -c "$1"
  fi
}

find_bin() {
  ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1
}

stop_previous() {
  [ -f "$state_file" ] || return 0
  local dir bin
  dir=$(cat "$state_file")
  bin=$(find_bin)
  if [ -n "$bin" ] && [ -f "$dir/data/postmaster.pid" ]; then
    log "stopping the server in $dir"
    as_server_user "'$bin/pg_ctl' -D '$dir/data' -m fast -w stop" >&2 || true
  fi
  rm -rf "$dir" "$state_file"
}

if [ "${1:-}" = "--stop" ]; then
  stop_previous
  exit 0
fi

bin=$(find_bin)
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
  if [ "$(id -u)" -ne 0 ]; then
    log "PostgreSQL is not installed and installing it needs root: apt-get install postgresql"
    exit 1
  fi
  log "installing Debian's postgresql"
  apt-get update >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends postgresql >&2
  bin=$(find_bin)
fi

stop_previous

dir=$(mktemp -d "${TMPDIR:-/tmp}/assessagent-test-postgres.XXXXXX")
password=$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')
printf '%s\n' "$password" > "$dir/password"
if [ "$(id -u)" -eq 0 ]; then
  chown -R postgres:postgres "$dir"
fi
chmod 700 "$dir"
echo "$dir" > "$state_file"

log "initialising a cluster in $dir/data"
as_server_user "'$bin/initdb' -D '$dir/data' -U postgres --pwfile='$dir/password' -A scram-sha-256 \
  --no-sync -E UTF8 --locale=C.UTF-8" >/dev/null

log "starting the server on 127.0.0.1:$port"
as_server_user "'$bin/pg_ctl' -D '$dir/data' -l '$dir/server.log' -w -t 60 start \
  -o \"-c listen_addresses=127.0.0.1 -p $port -k '$dir' -c fsync=off -c synchronous_commit=off \
  -c full_page_writes=off -c max_connections=200\"" >&2

PGPASSWORD="$password" "$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 -q \
  -c "CREATE DATABASE assessagent_test" >&2

connection="Host=127.0.0.1;Port=$port;Username=postgres;Password=$password;Database=assessagent_test"
log "ready: ASSESSAGENT_TEST_POSTGRES=$connection"
echo "export ASSESSAGENT_TEST_POSTGRES='$connection'"
