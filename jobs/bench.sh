#!/usr/bin/env bash
# Benchmark of one machine at city, province or national size:
#   jobs/bench.sh [N] [h2|mysql]      (default 1000 h2)
# 1. generates N synthetic returns with the sample's workbook builder (output/bench/nN/input);
# 2. a first run on a fresh database: time by step, database rows/s, heap kept after GC, peak RSS;
# 3. the same input again (an unchanged nightly rerun: nothing is recomputed);
# 4. one return resent with other figures (a one-file rerun);
# 5. the reader comparison: vocstat's reader, dhatim fastexcel-reader and POI (SAX and user model)
#    on the same files in one JVM, rounds interleaved, min and median ms per file.
# The JVM heap is -Xmx512m from 10,000 returns up and -Xmx256m below, unless JAVA_OPTS says otherwise.
# mysql uses a fresh database vocstat_bench on VOCSTAT_BENCH_DB_HOST (127.0.0.1:3306, user root, no
# password unless VOCSTAT_DB_PASSWORD is set). Runs go through jobs/vocstat (class-data archive).
set -euo pipefail
cd "$(dirname "$0")/.."
export LANG=${LANG:-C.UTF-8} LC_ALL=${LC_ALL:-C.UTF-8}   # Chinese file names need a UTF-8 locale
N=${1:-1000}
DB=${2:-h2}
READER_FILES=${READER_FILES:-500}
READER_ROUNDS=${READER_ROUNDS:-5}
if [ -z "${JAVA_OPTS:-}" ]; then
  if [ "$N" -ge 10000 ]; then export JAVA_OPTS=-Xmx512m; else export JAVA_OPTS=-Xmx256m; fi
fi
mvn -B -q package -DskipTests
work=output/bench/n$N-$DB
rm -rf "$work"
java -jar target/vocstat.jar synth --count "$N" --input "$work/input" >/dev/null
echo "vocstat benchmark: $N returns ($(du -sh "$work/input/2025/returns" | cut -f1)), $DB, $(nproc) cores, JAVA_OPTS=$JAVA_OPTS"
case "$DB" in
  h2) database=() ;;
  mysql)
    host=${VOCSTAT_BENCH_DB_HOST:-127.0.0.1}
    mariadb -h"$host" -uroot -e "DROP DATABASE IF EXISTS vocstat_bench; CREATE DATABASE vocstat_bench CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
    database=(--db-url "jdbc:mysql://$host:3306/vocstat_bench" --db-user root) ;;
  *) echo "database must be h2 or mysql" >&2; exit 64 ;;
esac
jobs/vocstat help >/dev/null   # builds the class-data archive outside the timings

timed_run() {   # label: one run, its summary lines and its wall time
  local label=$1 log="$work/$1.log" start end
  start=$(date +%s.%N)
  /usr/bin/time -f "peak RSS %M KB" -o "$work/$label.time" jobs/vocstat run --year 2025 --input "$work/input" \
    --output "$work/output" --verbose "${database[@]}" > "$log" 2>&1 || true
  end=$(date +%s.%N)
  echo "== $label"
  grep -E "^已写入|^用时|失败|没有变化|内存不足" "$log" | sed 's/^/   /'
  sed 's/^/   /' "$work/$label.time"
  awk -v n="$N" -v s="$start" -v e="$end" 'BEGIN { printf "   wall clock incl. JVM start: %.2f s (%.1f returns/s)\n", e - s, n / (e - s) }'
}

timed_run first-run
timed_run unchanged-rerun
java -jar target/vocstat.jar synth --revise 0 --input "$work/input" >/dev/null
timed_run one-file-rerun

echo "== reader comparison"
classpath="$work/test-classpath.txt"
mvn -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$classpath" >/dev/null
java -cp "target/test-classes:target/classes:$(cat "$classpath")" cn.vocstat.bench.ReaderComparison \
  "$work/input/2025/returns" "$READER_ROUNDS" "$READER_FILES" | sed 's/^/   /'
