#!/usr/bin/env bash
# Times whole-process runs of several commands side by side: one run of each in turn, RUNS rounds
# (default 8), so that the load of a shared machine falls on all of them alike. Prints each
# command's runs in ms, its median, and its median's ratio to the first command's.
#
#   src/bench/alternate.sh 'floor=java -cp target/ally-advisor.jar:target/test-classes org.allyadvisor.bench.JacksonFloor facts/' \
#                          'launcher=bin/ally-advisor assess facts/'
#
# Each argument is LABEL=COMMAND (a shell command; its stdout is discarded, a failure stops the
# script). SETUP, when given, is a shell command run untimed before every timed run, e.g. an edit
# of a rule file so that every run finds the rule cache stale (src/bench/startup.sh uses it).
# Every command is run once untimed first, to warm the file cache (and make a launcher's archive:
# ARCHIVE_WAIT seconds, default 0, are waited after that).
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${RUNS:-8}
labels=() commands=()
for variant in "$@"; do
  labels+=("${variant%%=*}")
  commands+=("${variant#*=}")
done
[ ${#labels[@]} -gt 0 ] || { echo "usage: $0 LABEL=COMMAND..." >&2; exit 2; }

for command in "${commands[@]}"; do
  [ -n "${SETUP:-}" ] && bash -c "$SETUP"
  bash -c "$command" > /dev/null
done
sleep "${ARCHIVE_WAIT:-0}"

declare -A times
for _ in $(seq "$runs"); do
  for i in "${!commands[@]}"; do
    [ -n "${SETUP:-}" ] && bash -c "$SETUP"
    start=$(date +%s%N)
    bash -c "${commands[$i]}" > /dev/null
    end=$(date +%s%N)
    times[$i]+="$(( (end - start) / 1000000 )) "
  done
done

median() { tr ' ' '\n' | grep . | sort -n | awk '{a[NR]=$1} END {m = (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2; print m}'; }
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"
base=$(median <<< "${times[0]}")
for i in "${!commands[@]}"; do
  m=$(median <<< "${times[$i]}")
  printf '%-24s median %6s ms  %5sx   runs: %s\n' "${labels[$i]}" "$m" \
    "$(awk -v m="$m" -v b="$base" 'BEGIN {printf "%.2f", m / b}')" "${times[$i]}"
done
