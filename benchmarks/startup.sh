#!/usr/bin/env bash
# Measures the run command's start-up: time from launch to the first HTTP 200 of the readiness check
# (/health/ready: the database migrated and reachable; the home page itself answers 302 to the sign-in page) and
# then of the sign-in page (its first render), and the resident memory of the Payara Micro process just after. One cold start (new data directory, runtime not
# yet unpacked) and then warm starts (same data directory, like a daily restart). Prints one line per start.
# Usage: benchmarks/startup.sh [warm-starts]   (default 3)
set -euo pipefail
cd "$(dirname "$0")/.."
warm=${1:-3}
port=${PFE_BENCH_PORT:-18080}
var=$(mktemp -d /tmp/pfe-startup-XXXX)
trap 'rm -rf "$var"' EXIT
keep_log() { cp "$var/log/payara.log" "/tmp/pfe-startup-$1.log" 2>/dev/null || true; }

[ -f pfe-web/target/pfe-web.war ] || mvn -B -q -DskipTests install

start_once() {
    local label=$1
    local t0 t1 pid payara rss
    t0=$(date +%s%N)
    java -cp "pfe-devserver/target/pfe-devserver-0.1.0-SNAPSHOT.jar:pfe-devserver/target/lib/*" \
        be.pfe.operations.devserver.DevServer --war pfe-web/target/pfe-web.war \
        --payara pfe-web/target/payara-micro.jar --port "$port" --db-port $((port + 1)) --var "$var" \
        > "$var/launcher-$label.log" 2>&1 &
    pid=$!
    until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$port/health/ready" || true)" = "200" ]; do
        kill -0 "$pid" 2>/dev/null || { echo "launcher died:"; cat "$var/launcher-$label.log"; exit 1; }
        sleep 0.1
    done
    t1=$(date +%s%N)
    curl -s -L -o /dev/null --fail "http://localhost:$port/" || { echo "no sign-in page after ready"; exit 1; }
    t2=$(date +%s%N)
    payara=$(pgrep -f -- "-jar .*payara-micro.jar --deploy .*--port $port" | head -1)
    rss=$(awk '/VmRSS/ {print int($2/1024)}' "/proc/$payara/status")
    printf '%-6s ready after %5.1f s, sign-in page after %5.1f s   Payara Micro resident memory %4d MB\n' \
        "$label" "$(echo "($t1 - $t0) / 1000000000" | bc -l)" "$(echo "($t2 - $t0) / 1000000000" | bc -l)" "$rss"
    keep_log "$label"
    kill "$pid"
    wait "$pid" 2>/dev/null || true
}

start_once cold
for i in $(seq 1 "$warm"); do start_once "warm$i"; done
