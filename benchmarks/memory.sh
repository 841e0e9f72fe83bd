#!/usr/bin/env bash
# Resident memory (RSS) of ONE production instance (bin/production: G1, heap as a share of memory) around a probe
# of large imports: learners' workbooks sent to POST /api/v1/imports/learners/preview (the whole file read and
# checked, nothing written): ROUNDS rounds of a workbook of 120,000 rows (refused at the row limit, read streamed)
# and one of 5,000 rows (the most an import takes, every row checked), two at once (the imports' gate lets two in).
# Prints RSS at rest, its peak during the probe (sampled every 0.2 s), right after, and after G1 has given memory
# back (PFE_MEMORY_SETTLE seconds, default 90); fails when the peak reaches PFE_MEMORY_LIMIT_MB (1024).
#
# The instance sees a machine of PFE_MEMORY_MACHINE (1g, -XX:MaxRAM: as in a container limited to 1 GiB) and takes
# its default heap share of it (PFE_HEAP_PERCENT, 60 %). Its own PostgreSQL: bin/cluster db in var/memory (port
# 19435); the instance on port 19190. Build first: mvn -B -DskipTests package.
#   benchmarks/memory.sh [ROUNDS (3)]
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$(pwd)"
VAR="$ROOT/var/memory"
PG_PORT=19435
PORT=19190
ROUNDS="${1:-3}"
LIMIT_MB="${PFE_MEMORY_LIMIT_MB:-1024}"
AUTH="admin:pfe-demo-2042"
log() { echo "[memory] $*"; }

[[ -f pfe-web/target/pfe-web.war ]] || { echo "Build first: mvn -B -DskipTests package" >&2; exit 1; }
db() { PFE_CLUSTER_VAR="$VAR/db" PFE_CLUSTER_PG_PORT=$PG_PORT bin/cluster "$@"; }
cleanup() {
    [[ -f "$VAR/app.pid" ]] && { kill "$(cat "$VAR/app.pid")" 2>/dev/null || true; sleep 3; kill -9 "$(cat "$VAR/app.pid")" 2>/dev/null || true; rm -f "$VAR/app.pid"; }
    [[ -n "${sampler:-}" ]] && kill "$sampler" 2>/dev/null || true
    db stop >/dev/null 2>&1 || true
}
trap cleanup EXIT
mkdir -p "$VAR"

# the workbooks (made-up names), written by pfe-scheduling's test generator
if [[ ! -f "$VAR/rows-120000.xlsx" || ! -f "$VAR/rows-5000.xlsx" ]]; then
    mvn -B -q -o -pl pfe-scheduling -am test-compile dependency:build-classpath -Dmdep.includeScope=test \
        -Dmdep.outputFile="$VAR/classpath" > /dev/null
    cp="pfe-scheduling/target/test-classes:pfe-scheduling/target/classes:$(cat "$VAR/classpath")"
    java -cp "$cp" benchmarks/memory/WriteWorkbook.java 120000 "$VAR/rows-120000.xlsx"
    java -cp "$cp" benchmarks/memory/WriteWorkbook.java 5000 "$VAR/rows-5000.xlsx"
fi

db stop >/dev/null 2>&1 || true
rm -rf "$VAR/db"
db db > /dev/null
env PFE_DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/pfe" PFE_DB_USER=pfe PFE_DB_PASSWORD_FILE="$VAR/db/secrets/db-password" \
    PFE_PORT=$PORT PFE_INSTANCE_NAME=memory PFE_CLUSTER=false PFE_DEMO_DATA=true PFE_RUNTIME_DIR="$VAR/app" \
    PFE_JAVA_OPTS="-XX:MaxRAM=${PFE_MEMORY_MACHINE:-1g}" \
    setsid nohup bin/production > "$VAR/app.log" 2>&1 < /dev/null &
echo $! > "$VAR/app.pid"
pid="$(cat "$VAR/app.pid")"
started=$SECONDS
until [[ "$(curl -s -o /dev/null -w '%{http_code}' -m 3 "http://127.0.0.1:$PORT/health/ready")" == "200" ]]; do
    kill -0 "$pid" 2>/dev/null || { tail -30 "$VAR/app.log"; echo "[memory] FAILED: the instance stopped"; exit 1; }
    ((SECONDS - started < 600)) || { echo "[memory] FAILED: not ready in 600 s"; exit 1; }
    sleep 2
done
rss() { awk '/^VmRSS/ {print int($2 / 1024)}' "/proc/$pid/status"; }
heap_max="$(grep -o 'heap [0-9]* %' "$VAR/app.log" | head -1)"
log "instance ready in $((SECONDS - started)) s (pid $pid; machine seen ${PFE_MEMORY_MACHINE:-1g}, $heap_max)"
# a few ordinary reads first, then the figure at rest
for path in sessions courses learners; do curl -s -o /dev/null -u "$AUTH" "http://127.0.0.1:$PORT/api/v1/$path"; done
sleep 5
at_rest="$(rss)"
log "RSS at rest: $at_rest MiB"

rm -f "$VAR/rss.samples"
( while kill -0 "$pid" 2>/dev/null; do rss >> "$VAR/rss.samples"; sleep 0.2; done ) &
sampler=$!
probe_started=$SECONDS
preview() { # file -> status code
    curl -s -o "$VAR/last-answer.json" -w '%{http_code}' -m 300 -u "$AUTH" -H 'Accept-Language: en' \
        -H 'Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' \
        --data-binary @"$1" "http://127.0.0.1:$PORT/api/v1/imports/learners/preview"
}
statuses=()
for ((r = 1; r <= ROUNDS; r++)); do
    # two at once: the large one and the largest accepted one
    preview "$VAR/rows-120000.xlsx" > "$VAR/status-a" &
    large=$!
    preview "$VAR/rows-5000.xlsx" > "$VAR/status-b"
    wait "$large" || true
    statuses+=("$(cat "$VAR/status-a")/$(cat "$VAR/status-b")")
done
probe_seconds=$((SECONDS - probe_started))
after="$(rss)"
peak="$(sort -n "$VAR/rss.samples" | tail -1)"
log "probe: $ROUNDS round(s) of 120,000 + 5,000 rows at once in $probe_seconds s; answers (large/5,000): ${statuses[*]}"
log "RSS peak during the probe: $peak MiB; right after: $after MiB"
sleep "${PFE_MEMORY_SETTLE:-90}"
settled="$(rss)"
log "RSS after ${PFE_MEMORY_SETTLE:-90} s at rest: $settled MiB (G1 periodic collection gives unused heap back)"
status=0
for s in "${statuses[@]}"; do
    [[ "$s" == 422/200 ]] || { log "FAILED: an import answered $s (expected 422 too many rows / 200 the preview)"; status=1; }
done
((peak < LIMIT_MB)) || { log "FAILED: peak RSS $peak MiB >= $LIMIT_MB MiB"; status=1; }
log "$( ((status == 0)) && echo PASSED || echo FAILED ): at rest $at_rest MiB, peak $peak MiB, after $after MiB, settled $settled MiB (limit $LIMIT_MB MiB)"
exit "$status"
