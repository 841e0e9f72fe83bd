#!/usr/bin/env bash
# Times the automatic timetabling solver on a generated term of the four centres (about 300 sessions of 2-4
# weekly lessons, 40 rooms, 60 trainers; fixed seed): time to the first timetable without hard conflicts, final
# score, lesson count, and what is left by rule. Goal from the issue: zero hard conflicts in under 30 s on 2 cores.
# Compiles pfe-scheduling's tests and what they build on (offline) when needed, then runs the benchmark in a JVM of its own.
# Usage: benchmarks/timetabling.sh [seed] [time-limit-seconds]   (defaults 42 and 60)
set -euo pipefail
cd "$(dirname "$0")/.."

module=pfe-scheduling
main=be.pfe.operations.scheduling.timetabling.TimetablingBenchmark
classpath_file=$module/target/timetabling-benchmark.classpath

mvn -B -q -o -pl "$module" -am test-compile
if [ ! -s "$classpath_file" ] || [ "$module/pom.xml" -nt "$classpath_file" ]; then
    mvn -B -q -o -pl "$module" dependency:build-classpath -Dmdep.includeScope=test \
        -Dmdep.outputFile="$(pwd)/$classpath_file" > /dev/null
fi

exec java -XX:ActiveProcessorCount="${PFE_BENCH_CPUS:-2}" \
    -cp "$module/target/test-classes:$module/target/classes:pfe-domain/target/classes:$(cat "$classpath_file")" \
    -Dslf4j.internal.verbosity=ERROR "$main" "$@"
