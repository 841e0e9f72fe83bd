#!/usr/bin/env bash
# Seat bookings per second on distinct sessions: many 20-seat sessions, each filled by its own screened learners,
# from a few threads at once; every booking is one transaction (session row locked, seats counted, seat taken,
# step recorded) on a real PostgreSQL started for the run. Goal from the issue: 500 bookings/s or more on 2 cores.
# Compiles pfe-domain and pfe-scheduling with their tests (offline) in the reactor, then runs the benchmark in a
# JVM of its own, limited to 2 processors (PFE_BENCH_CPUS to change).
# Usage: benchmarks/bookings.sh [sessions] [threads] [rounds]   (defaults 100, 8 and 3)
set -euo pipefail
cd "$(dirname "$0")/.."

module=pfe-scheduling
main=be.pfe.operations.scheduling.seats.BookingBenchmark
classpath_file=$(pwd)/$module/target/bookings-benchmark.classpath

# in the reactor, so that pfe-domain (and its test jar) come from this tree, not from ~/.m2
mvn -B -q -o -pl "$module" -am test-compile dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile="$classpath_file" > /dev/null

exec java -XX:ActiveProcessorCount="${PFE_BENCH_CPUS:-2}" \
    -cp "$module/target/test-classes:$module/target/classes:$(cat "$classpath_file")" \
    -Djava.io.tmpdir="$(pwd)/$module/target" \
    -Dslf4j.internal.verbosity=ERROR "$main" "$@"
