#!/usr/bin/env bash
# Builds vocstat and runs the consolidation on the shipped sample (2024, then 2025, so that the
# 2025 figures show their change on the prior year), on the embedded H2 database under output/db/.
set -euo pipefail
cd "$(dirname "$0")/.."
export LANG=${LANG:-C.UTF-8} LC_ALL=${LC_ALL:-C.UTF-8}   # Chinese file names need a UTF-8 locale
if [ ! -f target/vocstat.jar ] || [ -n "$(find src pom.xml -newer target/vocstat.jar -print -quit)" ]; then
  mvn -B -q package -DskipTests 2>&1 | sed $'s/\e\\[[0-9;]*m//g'   # Maven 3.8 prints colour resets even in batch mode
fi
jobs/vocstat run --year 2024 "$@" || [ $? -eq 1 ]
jobs/vocstat run --year 2025 "$@"
