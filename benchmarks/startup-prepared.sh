#!/usr/bin/env bash
# Alternating start-up measurement: A = bin/production as it is (runtime dir emptied, payara-micro.jar unpacked),
# B = runtime dir prepared once (--warmup), launcher jar (--outputlauncher) and an application CDS archive,
# C = the prepared runtime dir and launcher without the archive. Needs a PostgreSQL with the database pfe on
# PFE_BENCH_DB_PORT (e.g. the run command's: DevServer --no-demo --db-port 18462 --port 18461 --var DIR).
# Usage: benchmarks/startup-prepared.sh prepare; then alternate, e.g. for r in runA runB runC runA runB runC; do
# benchmarks/startup-prepared.sh $r; done   (docs/performance.md, "Cold start")
set -uo pipefail
cd "$(dirname "$0")/.."
WAR=$PWD/pfe-web/target/pfe-web.war; PAYARA=$PWD/pfe-web/target/payara-micro.jar
PORT=${PFE_BENCH_PORT:-18463}; X=${PFE_BENCH_DIR:-/tmp/pfe-startup-prepared}; mkdir -p "$X"
export PFE_DB_URL=jdbc:postgresql://localhost:${PFE_BENCH_DB_PORT:-18462}/pfe PFE_DB_USER=postgres PFE_DB_PASSWORD=local PFE_DEMO_DATA=false
JVM=(-server -XX:+UseG1GC -XX:MaxGCPauseMillis=200 -XX:MaxRAMPercentage=10 -XX:MaxMetaspaceSize=384m
     -XX:MaxDirectMemorySize=256m -XX:ReservedCodeCacheSize=240m -Xss1m -Duser.timezone=UTC -Dfile.encoding=UTF-8)
ARGS=(--deploy "$WAR" --contextroot ROOT --port $PORT --nocluster --nohazelcast --disablephonehome)
wait_ready() { # pid label t0
  until [ "$(curl -s -o /dev/null -w '%{http_code}' http://localhost:$PORT/health/ready || true)" = 200 ]; do
    kill -0 "$1" 2>/dev/null || { echo "$2 died"; return 1; }; sleep 0.1; done
  printf '%s ready after %.1f s (load %s)\n' "$2" "$(echo "($(date +%s%N) - $3)/1000000000" | bc -l)" "$(cut -d' ' -f1 /proc/loadavg)"
  kill "$1"; wait "$1" 2>/dev/null
}
runA() { rm -rf $X/ra; mkdir -p $X/ra/tmp; t0=$(date +%s%N)
  java "${JVM[@]}" -Djava.io.tmpdir=$X/ra/tmp -jar "$PAYARA" "${ARGS[@]}" --rootdir $X/ra > $X/a.log 2>&1 & wait_ready $! "A (as now)" $t0; }
runB() { t0=$(date +%s%N)
  java "${JVM[@]}" -Djava.io.tmpdir=$X/rb/tmp -XX:SharedArchiveFile=$X/rb/app.jsa -Xshare:auto -jar $X/rb/launch-micro.jar --port $PORT --nocluster --nohazelcast --disablephonehome > $X/b.log 2>&1 & wait_ready $! "B (prepared+CDS)" $t0; }
runC() { t0=$(date +%s%N)
  java "${JVM[@]}" -Djava.io.tmpdir=$X/rb/tmp -jar $X/rb/launch-micro.jar --port $PORT --nocluster --nohazelcast --disablephonehome > $X/c.log 2>&1 & wait_ready $! "C (prepared, no app CDS)" $t0; }
prepare() { rm -rf $X/rb; mkdir -p $X/rb/tmp; t0=$(date +%s%N)
  java "${JVM[@]}" -Djava.io.tmpdir=$X/rb/tmp -jar "$PAYARA" "${ARGS[@]}" --rootdir $X/rb --warmup > $X/prep1.log 2>&1
  java -jar "$PAYARA" --rootdir $X/rb --outputlauncher > $X/prep2.log 2>&1
  java "${JVM[@]}" -Djava.io.tmpdir=$X/rb/tmp -XX:ArchiveClassesAtExit=$X/rb/app.jsa -jar $X/rb/launch-micro.jar --nocluster --nohazelcast --disablephonehome --warmup > $X/prep3.log 2>&1
  printf 'prepared in %.1f s; archive %s\n' "$(echo "($(date +%s%N) - $t0)/1000000000" | bc -l)" "$(du -h $X/rb/app.jsa | cut -f1)"; }
"$@"
