#!/usr/bin/env bash
# --watch latency: from a save to the new result, as a policy officer waits on it. Starts one
# `assess FACTS --rules RULES --watch` on copies of facts/ and rules/, then RUNS times (default 8)
# per kind of edit saves a file with sed -i (which writes a temporary file and renames it, as many
# editors do) and timestamps when the watch reports the re-assessment on stderr, which it does
# after the new result is written. Prints each run in ms and the median, per kind, and beside it
# the time the watch itself says it spent (the rest is noticing the save and settling).
#
#   src/bench/watch-latency.sh                    # kinds: fact thresholds drl
#   KINDS=fact RUNS=20 src/bench/watch-latency.sh
#   JAR=/tmp/before.jar src/bench/watch-latency.sh    # another build, for A/B
#   JAVA=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java src/bench/watch-latency.sh
#
# fact: one ally's defense share of GDP in facts/allies.csv; thresholds: the 2% floor in
# rules/thresholds.yaml; drl: a comment line added at the end of rules/budget.drl (the rule code changes: a compile).
# Needs target/ally-advisor.jar (mvn package). Polls every 2 ms, so figures are to a few ms.
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${RUNS:-8}
jar=${JAR:-target/ally-advisor.jar}
java=${JAVA:-java}
read -r -a kinds <<< "${KINDS:-fact thresholds drl}"

work=$(mktemp -d)
pid=""
cleanup() {
  if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi  # the watch ends by our TERM: not a failure
  rm -rf "$work"
}
trap cleanup EXIT
cp -r facts "$work/facts"
cp -r rules "$work/rules"
# shellcheck disable=SC2086 # JAVA_OPTS is a list of options
ALLY_ADVISOR_CACHE="$work/cache" "$java" ${JAVA_OPTS:-} -jar "$jar" assess "$work/facts" --rules "$work/rules" \
  --format json --watch > "$work/out" 2> "$work/err" &
pid=$!

reports() { grep -c 'changed: ' "$work/err" || true; }
until grep -q 'for saved changes' "$work/err"; do
  kill -0 "$pid" 2>/dev/null || { cat "$work/err" >&2; exit 1; }
  sleep 0.05
done
sleep "${START_WAIT:-15}" # let the first run's background work end (the watch rehearses its pass)

# edit KIND RUN: saves one file of that kind, its value toggled on odd and even runs
edit() {
  local from to
  case "$1" in
    fact)
      if (( $2 % 2 )); then from=1.30 to=1.31; else from=1.31 to=1.30; fi
      sed -i "s/^BEL,Belgium,Europe-West,NATO;EU,655.7,8519.2,$from,/BEL,Belgium,Europe-West,NATO;EU,655.7,8519.2,$to,/" \
        "$work/facts/allies.csv" ;;
    thresholds)
      if (( $2 % 2 )); then from=2.0 to=2.1; else from=2.1 to=2.0; fi
      sed -i "s/^  floorPctGdp: $from /  floorPctGdp: $to /" "$work/rules/thresholds.yaml" ;;
    drl)
      sed -i "\$a // edited for the watch benchmark, run $2" "$work/rules/budget.drl" ;;
    *) echo "unknown kind $1" >&2; exit 2 ;;
  esac
}

median() { sort -n | awk '{a[NR]=$1} END {m = (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2; print m}'; }

for kind in "${kinds[@]}"; do
  seen=() said=()
  for run in $(seq "$runs"); do
    before=$(reports)
    start=$(date +%s%N)
    edit "$kind" "$run"
    until [ "$(reports)" -gt "$before" ]; do sleep 0.002; done
    end=$(date +%s%N)
    line=$(grep 'changed: ' "$work/err" | tail -1)
    case "$line" in
      *"re-assessed in "*) ;;
      *) echo "$kind run $run: $line" >&2; sed -n '/not assessed/,$p' "$work/err" | head -5 >&2; exit 1 ;;
    esac
    seen+=($(( (end - start) / 1000000 )))
    said+=("$(sed 's/.*re-assessed in \([0-9]*\) ms.*/\1/' <<< "$line")")
    sleep 1
  done
  echo "$kind: save to result (ms): ${seen[*]}; median $(printf '%s\n' "${seen[@]}" | median)"
  echo "$kind: the watch's own time (ms): ${said[*]}; median $(printf '%s\n' "${said[@]}" | median)"
done
