#!/usr/bin/env bash
# The CLI's start against the floor, side by side (src/bench/alternate.sh: one run of each in turn,
# RUNS rounds, default 8; medians and ratios to the floor):
#   1. the floor (JacksonFloor: read facts/ with Jackson, print it as JSON) on the launcher's JVM,
#      bin/ally-advisor assess facts/ (class archive made first), java -jar on the java of the PATH;
#   2. the floor again, and bin/ally-advisor assess facts/ --rules on a copy of rules/ edited before
#      every run: a comment added to budget.drl (the rule code changed: a compile), or the 2% floor of
#      thresholds.yaml set to a value no run has used (read beside the cached compiled rules).
# Needs target/ally-advisor.jar and target/test-classes (mvn -B -o -q package -DskipTests test-compile).
set -euo pipefail
cd "$(dirname "$0")/../.."
# the floor runs on the JVM the launcher picks when nothing pins one: the newest in /usr/lib/jvm (else java)
java=java best=0
for home in /usr/lib/jvm/*; do
  version=$(sed -n 's/^JAVA_VERSION="\([0-9][0-9]*\).*"/\1/p' "$home/release" 2>/dev/null || true)
  if [ -n "$version" ] && [ "$version" -gt "$best" ] && [ -x "$home/bin/java" ]; then java=$home/bin/java best=$version; fi
done
java=${FLOOR_JAVA:-$java}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r rules "$work/code"
cp -r rules "$work/thresholds"
floor="floor=$java -cp target/ally-advisor.jar:target/test-classes org.allyadvisor.bench.JacksonFloor facts/"
echo "== facts/ ($java for the floor)"
ARCHIVE_WAIT=${ARCHIVE_WAIT:-60} src/bench/alternate.sh "$floor" \
  "launcher=bin/ally-advisor assess facts/" \
  "java -jar=java -jar target/ally-advisor.jar assess facts/"
echo "== the first run after a rule edit"
# a value never used before at every run (2.0 and a few more digits), so that no run finds it in the rule cache
SETUP="sed -i '\$a // edited' $work/code/budget.drl; \
  sed -i -E \"s/^(  floorPctGdp: )[0-9.]+/\\12.0\$(date +%N)/\" $work/thresholds/thresholds.yaml" \
  src/bench/alternate.sh "$floor" \
  "after a .drl edit=bin/ally-advisor assess facts/ --rules $work/code" \
  "after a threshold edit=bin/ally-advisor assess facts/ --rules $work/thresholds"
