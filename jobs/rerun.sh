#!/usr/bin/env bash
# Rerun after a school sent a corrected file: put the file in input/<year>/returns/ (replacing the
# old one, or beside it: the later 填报日期 wins), then run this. Only returns whose content changed
# are read again; output/<year>/变更说明.xlsx lists what the correction moved. Then the last runs.
#   jobs/rerun.sh [YEAR]
set -uo pipefail
cd "$(dirname "$0")"
./nightly.sh "$@"
code=$?
cd ..
[ -f jobs/vocstat.env ] && { set -a; . jobs/vocstat.env; set +a; }
jobs/vocstat status --year "${1:-${VOCSTAT_YEAR:-}}" --count 3 \
  ${VOCSTAT_DB_URL:+--db-url "$VOCSTAT_DB_URL"} ${VOCSTAT_DB_USER:+--db-user "$VOCSTAT_DB_USER"}
exit $code
