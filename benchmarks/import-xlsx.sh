#!/usr/bin/env bash
# Times an XLSX import to its refusal: a workbook of 120,000 learner rows (made-up names, about 4 MB, generated with
# POI's SXSSFWorkbook) is read as the imports read it (streamed, row by row) until the row limit refuses it; prints
# the time to the refusal and the peak heap meanwhile, alone and three at once. "whole" also measures the former
# way (XSSFWorkbook, the whole workbook parsed first) for comparison.
# Compiles pfe-scheduling's tests and what they build on (offline, in the reactor), then runs in a JVM of its own
# limited to 2 processors (PFE_BENCH_CPUS to change) and 1 GB of heap (PFE_BENCH_HEAP).
# Usage: benchmarks/import-xlsx.sh [rows] [whole]   (default 120000)
set -euo pipefail
cd "$(dirname "$0")/.."

module=pfe-scheduling
main=be.pfe.operations.scheduling.imports.ImportXlsxBenchmark
classpath_file=$(pwd)/$module/target/import-benchmark.classpath

mvn -B -q -o -pl "$module" -am test-compile dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile="$classpath_file" > /dev/null

exec java -XX:ActiveProcessorCount="${PFE_BENCH_CPUS:-2}" -Xmx"${PFE_BENCH_HEAP:-1g}" \
    -cp "$module/target/test-classes:$module/target/classes:$(cat "$classpath_file")" \
    -Djava.io.tmpdir="$(pwd)/$module/target" \
    -Dslf4j.internal.verbosity=ERROR -Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory \
    "$main" "$@"
