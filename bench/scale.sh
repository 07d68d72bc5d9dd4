#!/usr/bin/env bash
# End-to-end scale benchmark: generates inboxes of 1,000, 10,000 and 100,000 articles from
# ../shared/corpus/bbc-politics, briefs each with app/target/briefing.jar into a fresh database, and
# prints wall time, articles per second and peak RSS (GNU time's "Maximum resident set size").
#
#   bench/scale.sh                  # 1000 10000 100000
#   bench/scale.sh 1000 10000       # chosen sizes
#
# Environment: BRIEFING_BENCH_DIR (work directory, default /tmp/briefing-bench), BRIEFING_CORPUS
# (source articles), JAVA_HOME (a JDK 21+, else the java on the PATH), JAVA_OPTS (JVM options for
# the runs; default -Xmx160m: Briefing needs no more at any size, and without a bound the JVM grows
# its heap lazily, which measures the collector, not Briefing). Needs /usr/bin/time (Debian's "time").
set -euo pipefail

# shellcheck source=bench/inbox.sh
source "$(dirname "$0")/inbox.sh"
work="${BRIEFING_BENCH_DIR:-/tmp/briefing-bench}"
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000 100000)

[ -x /usr/bin/time ] || { echo "needs GNU time: apt-get install time" >&2; exit 2; }

printf '%-9s %10s %12s %14s\n' articles "wall (s)" "articles/s" "peak RSS (MB)"
for size in "${sizes[@]}"; do
    run="$work/$size"
    generate "$size" "$run/in"
    rm -rf "$run/out" "$run/db"*
    # shellcheck disable=SC2086
    /usr/bin/time -v -o "$run/time.txt" "$java" ${JAVA_OPTS:--Xmx160m} -jar "$jar" run --input "$run/in" --output "$run/out" \
        --db "$run/db" --date 2026-01-01 > "$run/run.txt" 2>&1 || { cat "$run/run.txt" >&2; exit 1; }
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$run/time.txt" \
        | awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; print s }')
    rss=$(awk -F': ' '/Maximum resident set size/ {print int($2 / 1024)}' "$run/time.txt")
    printf '%-9s %10.1f %12.0f %14s\n' "$size" "$wall" "$(awk -v n="$size" -v s="$wall" 'BEGIN { print n / s }')" "$rss"
done
