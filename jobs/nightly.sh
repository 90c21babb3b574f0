#!/usr/bin/env bash
# The nightly consolidation of the configured report year. Settings come from the environment or
# from jobs/vocstat.env (see jobs/vocstat.env.example). With no input changed since the last
# completed run it says so and ends without rewriting any output. The exit code is the job's:
# 0 all accepted, 1 some rejected or missing, 2 failed (or held before publishing: see the console),
# 3 another run in progress. Options after the year go to the run: jobs/nightly.sh 2025 --accept-drop
set -uo pipefail
cd "$(dirname "$0")/.."
export LANG=${LANG:-C.UTF-8} LC_ALL=${LC_ALL:-C.UTF-8}   # Chinese file names need a UTF-8 locale
if [ -f jobs/vocstat.env ]; then
  set -a
  . jobs/vocstat.env
  set +a
fi
year=${1:-${VOCSTAT_YEAR:-}}
[ $# -gt 0 ] && shift
if [ -z "$year" ]; then
  echo "nightly: set VOCSTAT_YEAR (in jobs/vocstat.env) or pass the year" >&2
  exit 64
fi
if [ ! -f target/vocstat.jar ]; then
  mvn -B -q package -DskipTests 2>&1 | sed $'s/\e\\[[0-9;]*m//g' || exit 2   # Maven 3.8 prints colour resets even in batch mode
fi
args=(run --year "$year" --input "${VOCSTAT_INPUT:-input}" --output "${VOCSTAT_OUTPUT:-output}")
[ -n "${VOCSTAT_DB_URL:-}" ] && args+=(--db-url "$VOCSTAT_DB_URL")
[ -n "${VOCSTAT_DB_USER:-}" ] && args+=(--db-user "$VOCSTAT_DB_USER")
args+=("$@")
exec jobs/vocstat "${args[@]}"
