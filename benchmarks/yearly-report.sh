#!/usr/bin/env bash
# Times the yearly report on generated activity: for 4 and 20 centres (10 years each, fixed seed), a fresh PostgreSQL
# filled by the activity generator, then warm runs of the figures (one centre, all centres) and of the PDF and XLSX
# (figures included), with median and maximum. Goals from the issue: figures < 300 ms, documents < 5 s on 2 cores.
# Compiles pfe-reporting's tests and what they build on (offline, in the reactor), then runs in a JVM of its own
# limited to 2 processors (PFE_BENCH_CPUS to change).
# Usage: benchmarks/yearly-report.sh [years] [seed] [runs] [centres...]   (defaults 10 42 7 4 20)
set -euo pipefail
cd "$(dirname "$0")/.."

module=pfe-reporting
main=be.pfe.operations.reporting.yearly.document.YearlyReportBenchmark
classpath_file=$(pwd)/$module/target/yearly-benchmark.classpath

mvn -B -q -o -pl "$module" -am test-compile dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile="$classpath_file" > /dev/null

exec java -XX:ActiveProcessorCount="${PFE_BENCH_CPUS:-2}" \
    -cp "$module/target/test-classes:$module/target/classes:$(cat "$classpath_file")" \
    -Djava.io.tmpdir="$(pwd)/$module/target" \
    -Dslf4j.internal.verbosity=ERROR "$main" "$@"
