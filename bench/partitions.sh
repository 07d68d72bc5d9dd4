#!/usr/bin/env bash
# Partition benchmark: extracts one generated inbox (100,000 articles by default) with 1 partition
# and then with one partition per core, and prints for each the extraction step's time and its
# steady throughput: the articles per second between 20% and 80% of the inbox, read from the job
# repository while the run goes on (bench/ExtractionProgress.java). The steady figure leaves out
# the JVM's warm-up, whose JIT compilation a single partition does on an idle core for free. Each
# run stops once its extraction has ended: the later steps do not depend on the partitions.
#
#   bench/partitions.sh                 # 100000 articles, partitions 1 and one per core
#   bench/partitions.sh 50000 1 2 4     # chosen size and partition counts
#
# Environment: BRIEFING_BENCH_DIR (work directory, default /tmp/briefing-bench), BRIEFING_CORPUS,
# JAVA_HOME, JAVA_OPTS (JVM options for the runs; default none: the heap `briefing run` gets).
set -euo pipefail

# shellcheck source=bench/inbox.sh
source "$(dirname "$0")/inbox.sh"
work="${BRIEFING_BENCH_DIR:-/tmp/briefing-bench}/partitions"
size="${1:-100000}"
shift || true
counts=("$@")
[ ${#counts[@]} -gt 0 ] || counts=(1 "$(nproc)")

mkdir -p "$work/lib"
[ "$(find "$work/in/" -type f 2>/dev/null | wc -l)" -eq "$size" ] || generate "$size" "$work/in"
unzip -q -o -j "$jar" 'BOOT-INF/lib/h2-*.jar' -d "$work/lib"
h2=$(ls "$work"/lib/h2-*.jar)

printf '%-11s %14s %18s %22s\n' partitions "extraction (s)" "articles/s (all)" "articles/s (20%-80%)"
for partitions in "${counts[@]}"; do
    db="$work/db-$partitions"
    rm -rf "$work/out" "$db".*
    # shellcheck disable=SC2086
    "$java" ${JAVA_OPTS:-} -jar "$jar" run --input "$work/in" --output "$work/out" --db "$db" --date 2026-01-01 \
        --briefing.partitions="$partitions" > "$work/run-$partitions.txt" 2>&1 &
    run=$!
    "$java" -cp "$h2" "$repo/bench/ExtractionProgress.java" "$db" > "$work/progress-$partitions.txt"
    kill "$run" 2> /dev/null || true
    wait "$run" 2> /dev/null || true
    python3 - "$work/progress-$partitions.txt" "$size" "$partitions" <<'PY'
import sys
lines = open(sys.argv[1]).read().split("\n")
size, partitions = int(sys.argv[2]), sys.argv[3]
done = next(line.split() for line in lines if line.startswith("done"))
if done[1] != "COMPLETED":
    sys.exit(f"the extraction with {partitions} partitions ended {done[1]}: see run-{partitions}.txt")
samples = [tuple(map(int, line.split())) for line in lines if line and not line.startswith("done")]

def when(articles):
    """The time the extraction reached so many articles, between the samples around it."""
    for (t0, n0), (t1, n1) in zip(samples, samples[1:]):
        if n0 < articles <= n1:
            return t0 + (t1 - t0) * (articles - n0) / (n1 - n0)
    sys.exit(f"too few progress samples with {partitions} partitions: a larger inbox is needed")

step = int(done[2]) / 1000
steady = 0.6 * size / ((when(0.8 * size) - when(0.2 * size)) / 1000)
print(f"{partitions:<11} {step:14.1f} {size / step:18.0f} {steady:22.0f}")
PY
done
