#!/usr/bin/env bash
# Scale: how time and memory grow with the number of allies. For each N (default 1000 2000 5000
# 10000) it generates a synthetic fact set of N allies into a temporary folder, runs the packaged
# jar on it once under /usr/bin/time -v, and prints a table: allies, wall seconds, CPU seconds (user
# and system, all threads: JIT compilers and GC included), peak RSS MB and peak heap MB (the most the
# heap held when a collection began, from -Xlog:gc). On a shared machine wall time varies with what
# else runs; CPU time varies less.
#
#   src/bench/scale.sh                   # 1000 2000 5000 10000 allies
#   src/bench/scale.sh 500 20000         # other sizes (at most 17576: ids are three capital letters)
#
# Settings, as environment variables:
#   JAR=target/ally-advisor.jar   the jar to run (mvn -B -o -q package -DskipTests builds it)
#   FORMAT=csv                    csv: allies.csv, ties.csv, regions.csv, meta.yaml; yaml: one facts.yaml
#   OUTPUT=json                   the assess output format: json or table (written to a file, sized in the table)
#   JAVA_OPTS=                    JVM options, e.g. -Xmx1g to prove a heap bound
#   TIMEOUT=600                   seconds before a run is stopped and shown as "timeout"
#   FIRINGS=shipped               the rules as built into the jar (default), or a number: engine.ruleFirings.perAlly
#                                 for a copy of them (see below)
#   KEEP=1                        keep the generated folder and outputs and print where they are
#
# The facts are invented (ids AAA, AAB, ...; names "Synthetic ally AAA") and never committed. Allies
# sit in regions of 50 to 150, every field filled, each tied to one or two neighbours; about 8% of
# allies are strong (maturity 4-5) and 8% weak (1-2) in each capability, so REG-2 finds coalitions.
# The same N always gives the same facts.
#
# The runaway guard grows with the fact set (engine.ruleFirings: base + perAlly x allies), so the
# shipped rules assess every size here. To try another allowance, FIRINGS=N runs a copy of the jar's
# rules with only engine.ruleFirings.perAlly set to N, given with --rules and compiled once, before
# the table, into a rule cache in the temporary folder.
set -euo pipefail
cd "$(dirname "$0")/../.."

jar=${JAR:-target/ally-advisor.jar}
format=${FORMAT:-csv}
output=${OUTPUT:-json}
timeout_s=${TIMEOUT:-600}
sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(1000 2000 5000 10000)

if [ ! -f "$jar" ]; then
  echo "scale.sh: no $jar; build it with: mvn -B -o -q package -DskipTests" >&2
  exit 2
fi
case "$format" in csv|yaml) ;; *) echo "scale.sh: FORMAT must be csv or yaml, got '$format'" >&2; exit 2 ;; esac
for n in "${sizes[@]}"; do
  if ! [[ "$n" =~ ^[0-9]+$ ]] || [ "$n" -lt 1 ] || [ "$n" -gt 17576 ]; then
    echo "scale.sh: '$n': give a number of allies from 1 to 17576 (26^3 three-letter ids)" >&2
    exit 2
  fi
done
if [ ! -x /usr/bin/time ]; then
  echo "scale.sh: installing GNU time (/usr/bin/time) for peak memory" >&2
  sudo=$([ "$(id -u)" -eq 0 ] || echo sudo)
  $sudo apt-get update -qq >&2 && $sudo apt-get install -y -qq time >&2
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/ally-advisor-scale.XXXXXX")
if [ -z "${KEEP:-}" ]; then trap 'rm -rf "$work"' EXIT; fi

firings=${FIRINGS:-shipped}
jar_path=$(realpath "$jar")
rules=()
if [ "$firings" != shipped ]; then
  (cd "$work" && unzip -q "$jar_path" 'ally-advisor/rules/*' && mv ally-advisor/rules rules && rmdir ally-advisor)
  # perAlly of ruleFirings is the first perAlly line after "ruleFirings:"
  sed -i -E "/^  ruleFirings:/,/perAlly:/ s/^(    perAlly: )[0-9]+/\1$firings/" "$work/rules/thresholds.yaml"
  rules=(--rules "$work/rules")
  # the rule cache and its signing key live in the temporary folder, not in the user's home
  export ALLY_ADVISOR_CACHE="$work/cache" XDG_CONFIG_HOME="$work/config"
fi

# Writes a synthetic fact set of $1 allies into folder $2, as $3 (csv or yaml).
generate() {
  mkdir -p "$2"
  awk -v n="$1" -v dir="$2" -v format="$3" '
    # Park-Miller: exact in awk doubles, so every awk gives the same facts
    function rnd() { seed = (seed * 16807) % 2147483647; return seed / 2147483647 }
    function between(lo, hi) { return lo + rnd() * (hi - lo) }
    function whole(lo, hi) { return lo + int(rnd() * (hi - lo + 1)) }
    function fixed(x, d) { return sprintf("%." d "f", x) }
    function id(i) { return substr(L, int(i / 676) + 1, 1) substr(L, int(i / 26) % 26 + 1, 1) substr(L, i % 26 + 1, 1) }
    function maturity(r) { r = rnd(); return r < 0.03 ? 1 : r < 0.08 ? 2 : r < 0.92 ? 3 : r < 0.97 ? 4 : 5 }
    function pick(list, k, parts) { k = split(list, parts, " "); return parts[whole(1, k)] }
    function domains(k, out, d, i, parts) {
      split("LAND MARITIME AIR MISSILE CYBER SPACE HYBRID", parts, " ")
      k = whole(1, 3); out = ""; d = whole(0, 6)
      for (i = 0; i < k; i++) out = out (i ? ";" : "") parts[(d + 2 * i) % 7 + 1]
      return out
    }
    function list(csv) { return csv == "none" ? "[]" : "[" csv "]" }   # a CSV list cell as a YAML flow list
    function yamllist(csv, s) { s = list(csv); gsub(/;/, ", ", s); return s }
    BEGIN {
      L = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"; seed = 20250630 + n
      # regions of 50 to 150 allies, in order
      regions = 0; left = 0
      for (i = 0; i < n; i++) {
        if (left == 0) { regions++; left = whole(50, 150); activity[regions] = whole(1, 5) }
        region[i] = sprintf("Region-%03d", regions); left--
        last[regions] = i; of[i] = regions
      }
      meta = "meta:\n  title: \"SYNTHETIC scale test: " n " invented allies, not real data\"\n" \
             "  asOf: 2024-12-31\n  usSupportLevel: REDUCED\n"
      if (format == "csv") {
        printf "%s", meta > (dir "/meta.yaml")
        print "id,emergingPowerActivity" > (dir "/regions.csv")
        for (r = 1; r <= regions; r++) printf "Region-%03d,%d\n", r, activity[r] > (dir "/regions.csv")
        print "id,name,region,memberships,budget.gdpUsdBn,budget.defenseUsdM,budget.defensePctGdp," \
              "budget.equipmentPct,budget.realChangePct,budget.realChangeByYear.2022,budget.realChangeByYear.2023," \
              "usSupport.assistanceUsdM,usSupport.dependence,usSupport.usTroops,usSupport.usShareOfArmsImportsPct," \
              "usSupport.armsImportsTiv,interoperability.score,interoperability.jointExercisesPerYear," \
              "interoperability.intelSharing,capabilities.cyberDefense,capabilities.missileDefense," \
              "capabilities.unmanned,threat.level,threat.domains,diplomacy.strategicDialogues,diplomacy.usDialogue" \
              > (dir "/allies.csv")
        print "ally,partner,kind,strength" > (dir "/ties.csv")
      } else {
        out = dir "/facts.yaml"
        printf "%sregions:\n", meta > out
        for (r = 1; r <= regions; r++) printf "  - {id: Region-%03d, emergingPowerActivity: %d}\n", r, activity[r] > out
        print "allies:" > out
      }
      for (i = 0; i < n; i++) {
        pct = between(0.8, 4.5); gdp = between(10, 2000)
        v["memberships"] = pick("NATO;EU NATO NATO SOUTH-FORUM none")
        v["gdp"] = fixed(gdp, 1); v["defense"] = fixed(gdp * pct * 10, 1); v["pct"] = fixed(pct, 2)
        v["equipment"] = fixed(between(10, 50), 1); v["real"] = fixed(between(-5, 15), 2)
        v["real2022"] = fixed(between(-5, 15), 2); v["real2023"] = fixed(between(-5, 15), 2)
        v["assistance"] = fixed(rnd() < 0.7 ? between(0, 100) : between(100, 1500), 1)
        v["dependence"] = pick("LOW MEDIUM HIGH -"); if (v["dependence"] == "-") v["dependence"] = ""
        v["troops"] = rnd() < 0.6 ? whole(0, 500) : whole(500, 30000)
        v["share"] = fixed(between(0, 100), 1); v["tiv"] = fixed(between(0, 3000), 1)
        v["score"] = whole(20, 95); v["exercises"] = whole(0, 15); v["intel"] = pick("NATO FiveEyes NATO;FiveEyes none")
        v["cyber"] = maturity(); v["missile"] = maturity(); v["unmanned"] = maturity()
        v["threat"] = whole(1, 5); v["domains"] = domains()
        v["dialogues"] = whole(0, 8); v["usDialogue"] = rnd() < 0.7 ? "true" : "false"
        # ties: to the next one or two allies of the same region
        ties = ""; k = whole(1, 2)
        for (j = 1; j <= k; j++) {
          if (i + j <= last[of[i]]) ties = ties id(i + j) " " whole(2, 5) " " pick("DEFENSE_AGREEMENT JOINT_EXERCISES INTEL_SHARING COALITION") "\n"
        }
        if (format == "csv") {
          printf "%s,Synthetic ally %s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s\n",
            id(i), id(i), region[i], v["memberships"], v["gdp"], v["defense"], v["pct"], v["equipment"], v["real"],
            v["real2022"], v["real2023"], v["assistance"], v["dependence"], v["troops"], v["share"], v["tiv"],
            v["score"], v["exercises"], v["intel"], v["cyber"], v["missile"], v["unmanned"], v["threat"],
            v["domains"], v["dialogues"], v["usDialogue"] > (dir "/allies.csv")
          m = split(ties, tie, "\n")
          for (t = 1; t < m; t++) { split(tie[t], f, " "); printf "%s,%s,%s,%s\n", id(i), f[1], f[3], f[2] > (dir "/ties.csv") }
        } else {
          printf "  - id: \"%s\"\n    name: Synthetic ally %s\n    region: %s\n    memberships: %s\n", id(i), id(i), region[i], yamllist(v["memberships"]) > out
          printf "    budget: {gdpUsdBn: %s, defenseUsdM: %s, defensePctGdp: %s, equipmentPct: %s, realChangePct: %s, realChangeByYear: {2022: %s, 2023: %s}}\n",
            v["gdp"], v["defense"], v["pct"], v["equipment"], v["real"], v["real2022"], v["real2023"] > out
          printf "    usSupport: {assistanceUsdM: %s, %susTroops: %s, usShareOfArmsImportsPct: %s, armsImportsTiv: %s}\n",
            v["assistance"], v["dependence"] == "" ? "" : "dependence: " v["dependence"] ", ", v["troops"], v["share"], v["tiv"] > out
          printf "    interoperability: {score: %s, jointExercisesPerYear: %s, intelSharing: %s}\n", v["score"], v["exercises"], yamllist(v["intel"]) > out
          printf "    capabilities: {cyberDefense: %s, missileDefense: %s, unmanned: %s}\n", v["cyber"], v["missile"], v["unmanned"] > out
          printf "    threat: {level: %s, domains: %s}\n", v["threat"], yamllist(v["domains"]) > out
          printf "    diplomacy: {strategicDialogues: %s, usDialogue: %s}\n", v["dialogues"], v["usDialogue"] > out
          printf "    ties:%s\n", ties == "" ? " []" : "" > out
          m = split(ties, tie, "\n")
          for (t = 1; t < m; t++) { split(tie[t], f, " "); printf "      - {partner: \"%s\", kind: %s, strength: %s}\n", f[1], f[3], f[2] > out }
        }
      }
    }'
}

# The largest heap occupancy at the start of a collection in a -Xlog:gc file, in MB ("-" if none ran).
peak_heap() {
  awk '{ while (match($0, /[0-9]+[KMG]->/)) { s = substr($0, RSTART, RLENGTH - 2); u = substr(s, length(s)); x = substr(s, 1, length(s) - 1) + 0
         x = u == "K" ? x / 1024 : u == "G" ? x * 1024 : x; if (x > peak) peak = x; $0 = substr($0, RSTART + RLENGTH) } }
       END { if (peak == "") print "-"; else printf "%d\n", peak }' "$1"
}

if [ ${#rules[@]} -gt 0 ]; then # compile the copied rules once, into the cache
  generate 2 "$work/warm" "$format"
  java -jar "$jar" assess "$work/warm" "${rules[@]}" > /dev/null
fi
printf '%s\n' "jar: $jar   facts: $format   output: $output   rule firings per ally: $firings   JAVA_OPTS: ${JAVA_OPTS:-(none)}   $(nproc) cores"
printf '%8s  %8s  %8s  %11s  %12s  %9s\n' allies "wall s" "CPU s" "peak RSS MB" "peak heap MB" "output MB"
for n in "${sizes[@]}"; do
  facts="$work/facts-$n"
  generate "$n" "$facts" "$format"
  out="$work/out-$n.$output"
  set +e
  # shellcheck disable=SC2086 # JAVA_OPTS is a list of options
  timeout "$timeout_s" /usr/bin/time -v -o "$work/time-$n.txt" \
    java ${JAVA_OPTS:-} -Xlog:gc:file="$work/gc-$n.log" -jar "$jar" assess "$facts" "${rules[@]}" --format "$output" \
    > "$out" 2> "$work/err-$n.txt"
  status=$?
  set -e
  if [ "$status" -eq 124 ]; then
    printf '%8s  %8s\n' "$n" "timeout (${timeout_s} s)"
    continue
  fi
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; printf "%.1f", s }' "$work/time-$n.txt")
  cpu=$(awk -F': ' '/(User|System) time \(seconds\)/ { s += $2 } END { printf "%.1f", s }' "$work/time-$n.txt")
  rss=$(awk -F': ' '/Maximum resident set size/ { printf "%d", $2 / 1024 }' "$work/time-$n.txt")
  if [ "$status" -ne 0 ]; then
    printf '%8s  %8s  %8s  %11s  %12s  %s\n' "$n" "$wall" "$cpu" "$rss" "$(peak_heap "$work/gc-$n.log")" \
      "failed (exit $status): $(grep -m1 -v '^\s*$' "$work/err-$n.txt" || true)"
    continue
  fi
  printf '%8s  %8s  %8s  %11s  %12s  %9s\n' "$n" "$wall" "$cpu" "$rss" "$(peak_heap "$work/gc-$n.log")" \
    "$(awk -v b="$(stat -c %s "$out")" 'BEGIN { printf "%.1f", b / 1048576 }')"
done
if [ -n "${KEEP:-}" ]; then echo "kept: $work"; fi
