#!/usr/bin/env bash
# How well `verify` judges drafts written by people: every draft in the given folders (default: the
# drafts under src/test/resources/verify-drafts/) that has an answer key beside it (X.key.csv) is
# checked against a fresh run of the shipped 2025 sample, and the results are counted against the
# key: recall (planted false claims flagged 不一致), precision (不一致 that are planted false claims),
# and the true claims left 无法核对 or not listed; then every miss, false alarm and unchecked claim.
#   jobs/verify-eval.sh [folder ...]
set -euo pipefail
cd "$(dirname "$0")/.."
export LANG=${LANG:-C.UTF-8} LC_ALL=${LC_ALL:-C.UTF-8}   # Chinese file names need a UTF-8 locale
if [ "$#" -eq 0 ]; then
  set -- $(find src/test/resources/verify-drafts -mindepth 1 -maxdepth 1 -type d | sort)
fi
mvn -B -q test-compile 2>&1 | sed $'s/\e\\[[0-9;]*m//g'
mvn -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt 2>&1 | sed $'s/\e\\[[0-9;]*m//g'
classpath="target/test-classes:target/classes:$(cat target/test-classpath.txt)"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
java -cp "$classpath" cn.vocstat.VocstatApplication run --year 2024 --input input --output "$work" >/dev/null || true
java -cp "$classpath" cn.vocstat.VocstatApplication run --year 2025 --input input --output "$work" >/dev/null
java -cp "$classpath" cn.vocstat.bench.VerifyEvaluation input "$work" "$@"
