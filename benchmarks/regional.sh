#!/usr/bin/env bash
# The regional benchmark (issue 18): on ten years x twenty centres (benchmarks/regional-data.sh, written once into
# var/regional and kept; --fresh writes it again), starts the application with the production JVM settings
# (bin/production, own ports) and measures side by side in one run, as p50/p95/p99 and throughput: the health
# endpoint and a trivial authenticated endpoint (the baselines), the authenticated sessions list under 50
# connections, lazy table pages (sessions, enrolments, learners) and the learner search, the server time of every
# page of the menu, the occupancy dashboard and the yearly figures of all 20 centres, the yearly PDF and XLSX, and
# the cold start to ready on an empty database. Writes benchmarks/results/regional-<date>.md (with the issue's goals).
# Usage: benchmarks/regional.sh [--fresh] [--seconds 15] [--connections 50] [--only health,lazy,...] [--jfr] [--no-cold]
#   PFE_BENCH_PORT (17080; the database takes the next port), PFE_BENCH_DATA (var/regional)
set -euo pipefail
cd "$(dirname "$0")/.."
port=${PFE_BENCH_PORT:-17080}
dbport=$((port + 1))
data=${PFE_BENCH_DATA:-var/regional}
fresh=false
jfr=false
cold_start=true
load_args=()
while [[ $# -gt 0 ]]; do
    case "$1" in
        --fresh) fresh=true; shift ;;
        --jfr) jfr=true; shift ;;
        --no-cold) cold_start=false; shift ;;
        *) load_args+=("$1" "$2"); shift 2 ;;
    esac
done
mkdir -p "$data" benchmarks/results
[[ $fresh == true ]] && rm -rf "$data/pgdata"
out="benchmarks/results/regional-$(date +%F).md"
[[ -f "$out" ]] && out="benchmarks/results/regional-$(date +%F-%H%M).md"

[ -f pfe-web/target/pfe-web.war ] && [ -f pfe-web/target/payara-micro.jar ] || mvn -B -q -DskipTests install
module=pfe-reporting
classpath_file=$(pwd)/$module/target/generator.classpath
# PFE_BENCH_SKIP_COMPILE=1: the classes compiled before are used (e.g. while another build runs in this tree)
[[ -n "${PFE_BENCH_SKIP_COMPILE:-}" && -f "$classpath_file" ]] || \
    mvn -B -q -o -pl "$module" -am test-compile dependency:build-classpath -Dmdep.includeScope=test \
        -Dmdep.outputFile="$classpath_file" > /dev/null
classpath="$module/target/test-classes:$module/target/classes:$(cat "$classpath_file")"

db_pid=""
app_pid=""
cleanup() {
    [[ -n "$app_pid" ]] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null || true
    [[ -n "$db_pid" ]] && kill "$db_pid" 2>/dev/null && wait "$db_pid" 2>/dev/null || true
}
trap cleanup EXIT

echo "[bench] the regional data set in $data (written once, some minutes)"
PFE_BENCH_COMPILE="" benchmarks/regional-data.sh --pgdata "$data/pgdata" --db-port "$dbport" --reuse --serve \
    > "$data/data.log" 2>&1 &
db_pid=$!
until grep -q '^SERVING' "$data/data.log"; do
    kill -0 "$db_pid" 2>/dev/null || { echo "data set failed:"; cat "$data/data.log"; exit 1; }
    sleep 1
done
grep -v '^SLF4J\|Log4j' "$data/data.log"

# the application: bin/production (production JVM settings), no cluster, heap bounded to be a good neighbour
start_app() {  # database name, label
    local t0
    t0=$(date +%s%N)
    PFE_DB_URL="jdbc:postgresql://localhost:$dbport/$1" PFE_DB_USER=postgres PFE_DB_PASSWORD=local \
        PFE_PORT="$port" PFE_CLUSTER=false PFE_SHUTDOWN_GRACE_SECONDS=1 PFE_RUNTIME_DIR="$data/runtime-$2" \
        PFE_JAVA_OPTS="-Xmx1500m ${3:-}" bin/production > "$data/app-$2.log" 2>&1 &
    app_pid=$!
    until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$port/health/ready" || true)" = "200" ]; do
        kill -0 "$app_pid" 2>/dev/null || { echo "application died:"; tail -50 "$data/app-$2.log"; exit 1; }
        sleep 0.1
    done
    ready=$(echo "($(date +%s%N) - $t0) / 1000000" | bc)
}
stop_app() {
    kill "$app_pid"; wait "$app_pid" 2>/dev/null || true; app_pid=""
}

cold_args=()
if [[ $cold_start == true ]]; then
    start_app pfe_cold cold
    cold_args=(--cold-start "$ready")
    echo "[bench] cold start to ready (empty database): $ready ms   $(uptime)"
    stop_app
fi

jfr_opts=""
[[ $jfr == true ]] && jfr_opts="-XX:StartFlightRecording=filename=$data/regional.jfr,settings=profile,dumponexit=true"
start_app pfe regional "$jfr_opts"
echo "[bench] ready on the regional data after $ready ms"
java -cp "$classpath" be.pfe.operations.reporting.generator.RegionalLoad "http://localhost:$port/" "$out" \
    ${cold_args[@]+"${cold_args[@]}"} ${load_args[@]+"${load_args[@]}"}
echo "[bench] $(uptime)"
stop_app
if [[ $jfr == true ]]; then echo "[bench] flight recording: $data/regional.jfr (jfr print --events jdk.ExecutionSample ...)"; fi
