#!/usr/bin/env bash
# Fills a database with seeded, reproducible activity: N years (ending with LAST_YEAR, default this year) for M centres
# (beyond the four, synthetic centres SYNTH05...), through the real migrations, with COPY. Without a JDBC URL a
# throw-away PostgreSQL is started and only the row counts are printed; to fill the run command's database, start
# bin/run once (it creates it), stop it, and pass jdbc:postgresql://localhost:54329/pfe.
# Usage: benchmarks/generate-data.sh YEARS CENTRES SEED [LAST_YEAR [JDBC_URL [USER [PASSWORD]]]]
set -euo pipefail
cd "$(dirname "$0")/.."

module=pfe-reporting
main=be.pfe.operations.reporting.generator.ActivityGenerator
classpath_file=$(pwd)/$module/target/generator.classpath

mvn -B -q -o -pl "$module" -am test-compile dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile="$classpath_file" > /dev/null

exec java -cp "$module/target/test-classes:$module/target/classes:$(cat "$classpath_file")" \
    -Djava.io.tmpdir="$(pwd)/$module/target" -Dslf4j.internal.verbosity=ERROR "$main" "$@"
