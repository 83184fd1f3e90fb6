#!/usr/bin/env bash
# CLI cold start: the whole process, as a policy user waits on it, timed RUNS times (default 10).
# Prints each run in ms and the median. Needs target/ally-advisor.jar (mvn package).
# LAUNCHER=1 times bin/ally-advisor instead of java -jar (its class archive is made before timing).
# FLOOR=1 times the floor instead: JacksonFloor (test sources), which reads facts/ with Jackson and
# prints it as JSON on the same JVM, and nothing else (mvn -B -o -q test-compile builds it).
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${RUNS:-10}
args=("$@")
[ ${#args[@]} -eq 0 ] && args=(assess facts/)
run=(java -jar target/ally-advisor.jar)
if [ -n "${FLOOR:-}" ]; then
  run=(java -cp target/ally-advisor.jar:target/test-classes org.allyadvisor.bench.JacksonFloor)
  [ ${#args[@]} -gt 0 ] && [ "${args[0]}" = assess ] && args=("${args[@]:1}")
fi
if [ -n "${LAUNCHER:-}" ]; then
  run=(bin/ally-advisor)
  "${run[@]}" "${args[@]}" > /dev/null
  sleep "${ARCHIVE_WAIT:-30}"   # the launcher makes its class archive in the background after its first run
fi
"${run[@]}" "${args[@]}" > /dev/null   # warm the file cache, not the JVM
times=()
for _ in $(seq "$runs"); do
  start=$(date +%s%N)
  "${run[@]}" "${args[@]}" > /dev/null
  end=$(date +%s%N)
  times+=($(( (end - start) / 1000000 )))
done
echo "runs (ms): ${times[*]}"
printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {m = (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2; print "median (ms): " m}'
