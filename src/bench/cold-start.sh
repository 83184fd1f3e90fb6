#!/usr/bin/env bash
# CLI cold start: the whole process, as a policy user waits on it, timed RUNS times (default 10).
# Prints each run in ms and the median. Needs target/ally-advisor.jar (mvn package).
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${RUNS:-10}
args=("$@")
[ ${#args[@]} -eq 0 ] && args=(assess facts/)
java -jar target/ally-advisor.jar "${args[@]}" > /dev/null   # warm the file cache, not the JVM
times=()
for _ in $(seq "$runs"); do
  start=$(date +%s%N)
  java -jar target/ally-advisor.jar "${args[@]}" > /dev/null
  end=$(date +%s%N)
  times+=($(( (end - start) / 1000000 )))
done
echo "runs (ms): ${times[*]}"
printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {m = (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2; print "median (ms): " m}'
