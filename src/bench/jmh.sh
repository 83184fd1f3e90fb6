#!/usr/bin/env bash
# Library throughput (JMH): ally-assessments per second with one shared rule set, on 1 and on 2
# threads, with the explanation layer (assess, assessToJson), with the rules firing bare
# (rulesBare), and with a session given the facts but not fired (sessionAndFacts). Each figure
# comes with cpu.time.norm, the process's CPU time per ally-assessment, which does not depend on
# what else the machine runs. Extra arguments go to JMH, e.g.
#   src/bench/jmh.sh -wi 2 -i 3          a quicker, noisier run
#   src/bench/jmh.sh -prof gc            allocation per ally-assessment too
#   src/bench/jmh.sh 'AssessBenchmark.(assess|rulesBare)$'   some benchmarks only
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -B -q -ntp test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
cp="target/test-classes:target/classes:$(cat target/bench.classpath)"
pattern='org.allyadvisor.bench.AssessBenchmark'
if [ $# -gt 0 ] && [[ "$1" != -* ]]; then
  pattern=$1
  shift
fi
for threads in 1 2; do
  java -cp "$cp" org.openjdk.jmh.Main "$pattern" -t "$threads" -prof org.allyadvisor.bench.CpuProfiler "$@"
done
