#!/usr/bin/env bash
# Benchmark: generates N synthetic returns with the sample's workbook builder, then times one
# whole consolidation run of them (read, validate, reconcile, indicators, database, workbook, CSV)
# on a fresh database. Prints returns/s, database rows/s, peak heap and the process's peak RSS.
#   jobs/bench.sh [N] [h2|mysql]      (default 1000 h2)
# mysql uses a fresh database vocstat_bench on VOCSTAT_BENCH_DB_HOST (127.0.0.1:3306, user root,
# no password unless VOCSTAT_DB_PASSWORD is set). Extra JVM options go in JAVA_OPTS.
set -euo pipefail
cd "$(dirname "$0")/.."
export LANG=${LANG:-C.UTF-8} LC_ALL=${LC_ALL:-C.UTF-8}   # Chinese file names need a UTF-8 locale
N=${1:-1000}
DB=${2:-h2}
mvn -B -q package -DskipTests
work=output/bench/n$N
rm -rf "$work"
java -jar target/vocstat.jar synth --count "$N" --input "$work/input" >/dev/null
echo "generated $N returns ($(du -sh "$work/input/2025/returns" | cut -f1)) in $work/input"
case "$DB" in
  h2) database=(--spring.datasource.url="jdbc:h2:file:./$work/db;FILE_LOCK=FS;WRITE_DELAY=0") ;;
  mysql)
    host=${VOCSTAT_BENCH_DB_HOST:-127.0.0.1}
    mariadb -h"$host" -uroot -e "DROP DATABASE IF EXISTS vocstat_bench; CREATE DATABASE vocstat_bench CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
    database=(--db-url "jdbc:mysql://$host:3306/vocstat_bench" --db-user root) ;;
  *) echo "database must be h2 or mysql" >&2; exit 64 ;;
esac
timer=()
[ -x /usr/bin/time ] && timer=(/usr/bin/time -f "peak RSS %M KB")
start=$(date +%s.%N)
"${timer[@]}" java ${JAVA_OPTS:-} -jar target/vocstat.jar run --year 2025 --input "$work/input" --output "$work/output" \
  "${database[@]}" > "$work/run.log" 2> "$work/time.log" || true
end=$(date +%s.%N)
grep -E "^已写入|^完成|^用时|失败" "$work/run.log"
grep "peak RSS" "$work/time.log" || true
awk -v n="$N" -v s="$start" -v e="$end" 'BEGIN { printf "wall clock incl. JVM start: %.2f s, %.1f returns/s\n", e - s, n / (e - s) }'
