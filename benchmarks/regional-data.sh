#!/usr/bin/env bash
# Writes the regional-scale data set of the performance benchmark (ten years x twenty centres: > 1,000,000
# enrolments, > 200,000 learners, > 10,000,000 attendance marks, with rooms, trainers, weekly patterns and meetings),
# deterministically from a seed, with PostgreSQL COPY (triggers off during the load, the attendance summary rebuilt
# in one statement, indexes and ANALYZE after), and prints the rows per table and the seconds taken.
# Usage: benchmarks/regional-data.sh JDBC_URL [USER [PASSWORD]]           an existing (empty) database
#        benchmarks/regional-data.sh --pgdata DIR --db-port PORT [--serve]  a local PostgreSQL on DIR (kept)
# Options before or after: --seed 42 --years 10 --centres 20 --last-year YYYY --reuse (keep data already there)
set -euo pipefail
cd "$(dirname "$0")/.."

module=pfe-reporting
main=be.pfe.operations.reporting.generator.RegionalData
classpath_file=$(pwd)/$module/target/generator.classpath

args=()
if [[ $# -gt 0 && "$1" == jdbc:* ]]; then
    args+=(--url "$1"); shift
    [[ $# -gt 0 && "$1" != --* ]] && { args+=(--user "$1"); shift; }
    [[ $# -gt 0 && "$1" != --* ]] && { args+=(--password "$1"); shift; }
fi
args+=("$@")

if [[ ! -f "$classpath_file" || ! -d "$module/target/test-classes" || -n "${PFE_BENCH_COMPILE:-}" ]]; then
    mvn -B -q -o -pl "$module" -am test-compile dependency:build-classpath -Dmdep.includeScope=test \
        -Dmdep.outputFile="$classpath_file" > /dev/null
fi

exec java -Xmx1g -cp "$module/target/test-classes:$module/target/classes:$(cat "$classpath_file")" \
    -Djava.io.tmpdir="$(pwd)/$module/target" -Dslf4j.internal.verbosity=ERROR "$main" "${args[@]}"
