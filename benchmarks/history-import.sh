#!/usr/bin/env bash
# Times the historical import (issue 16): three years of the four centres (seeded partner files, at least 20,000
# enrolments: 1,700 per centre and year by default), dry run then import, each row in its own transaction, on a
# fresh PostgreSQL started for the run. Goal from the issue: under 2 minutes on 2 cores.
# Compiles pfe-domain and pfe-scheduling with their tests (offline, in the reactor), then runs in a JVM of its own
# limited to 2 processors (PFE_BENCH_CPUS to change).
# Usage: benchmarks/history-import.sh [enrolments-per-centre-and-year] [last-year]
set -euo pipefail
cd "$(dirname "$0")/.."

module=pfe-scheduling
main=be.pfe.operations.scheduling.imports.HistoryImportBenchmark
classpath_file=$(pwd)/$module/target/history-benchmark.classpath

mvn -B -q -o -pl "$module" -am test-compile dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile="$classpath_file" > /dev/null

exec java -XX:ActiveProcessorCount="${PFE_BENCH_CPUS:-2}" \
    -cp "$module/target/test-classes:$module/target/classes:$(cat "$classpath_file")" \
    -Djava.io.tmpdir="$(pwd)/$module/target" \
    -Dslf4j.internal.verbosity=ERROR "$main" "$@"
