#!/usr/bin/env bash
# Library throughput (JMH): fact sets assessed per second with one shared rule set, on 1 and on
# 2 threads. Extra arguments go to JMH (e.g. -wi 2 -i 3 for a quicker, noisier run).
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -B -q -ntp test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
cp="target/test-classes:target/classes:$(cat target/bench.classpath)"
for threads in 1 2; do
  java -cp "$cp" org.openjdk.jmh.Main 'org.allyadvisor.bench.AssessBenchmark' -t "$threads" "$@"
done
