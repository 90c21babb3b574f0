#!/usr/bin/env bash
# Benchmark: generates N synthetic returns with the sample's workbook builder, then times one
# whole consolidation run of them (read, validate, reconcile, indicators, database, workbook, CSV)
# on a fresh embedded database. Prints returns/s, peak heap and the process's peak RSS.
#   jobs/bench.sh [N] [extra JVM options, e.g. -Xmx512m]
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-1000}
shift || true
mvn -B -q package -DskipTests
work=output/bench/n$N
rm -rf "$work"
java -jar target/vocstat.jar synth --count "$N" --input "$work/input" >/dev/null
echo "generated $N returns ($(du -sh "$work/input/2025/returns" | cut -f1)) in $work/input"
timer=()
[ -x /usr/bin/time ] && timer=(/usr/bin/time -f "peak RSS %M KB")
start=$(date +%s.%N)
"${timer[@]}" java "$@" -jar target/vocstat.jar run --year 2025 --input "$work/input" --output "$work/output" \
  --spring.datasource.url="jdbc:h2:file:./$work/db" > "$work/run.log" 2> "$work/time.log" || true
end=$(date +%s.%N)
grep -E "^完成|^用时" "$work/run.log"
grep "peak RSS" "$work/time.log" || true
awk -v n="$N" -v s="$start" -v e="$end" 'BEGIN { printf "wall clock incl. JVM start: %.2f s, %.1f returns/s\n", e - s, n / (e - s) }'
