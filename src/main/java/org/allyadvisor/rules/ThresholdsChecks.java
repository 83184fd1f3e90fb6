package org.allyadvisor.rules;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.allyadvisor.advice.Category;
import org.allyadvisor.advice.Priority;
import org.allyadvisor.facts.Capability;
import org.allyadvisor.facts.Dependence;
import org.allyadvisor.facts.SupportLevel;
import org.allyadvisor.policy.BudgetPolicy;
import org.allyadvisor.policy.DependencePolicy;
import org.allyadvisor.policy.EnginePolicy;
import org.allyadvisor.policy.ScoringPolicy;
import org.allyadvisor.policy.Thresholds;
import org.allyadvisor.text.Numbers;

/** Whether well-formed thresholds make sense as policy: ranges, orderings, complete tables. */
final class ThresholdsChecks {

    private static final Set<Integer> LEVELS =
            IntStream.rangeClosed(1, 5).boxed().collect(Collectors.toSet());

    private ThresholdsChecks() {}

    static void check(Thresholds t, ThresholdsReader.Problems problems) {
        BudgetPolicy b = t.budget();
        positive(problems, "budget.floorPctGdp", b.floorPctGdp());
        if (b.farBelowFloorPctGdp() >= b.floorPctGdp() || b.farBelowFloorPctGdp() < 0) {
            problems.add(
                    "budget.farBelowFloorPctGdp",
                    "must be at least 0 and below budget.floorPctGdp (" + b.floorPctGdp() + ")");
        }
        if (b.coreTargetPctGdp() <= b.floorPctGdp()) {
            problems.add(
                    "budget.coreTargetPctGdp",
                    "must be above budget.floorPctGdp (" + b.floorPctGdp() + ")");
        }
        range(problems, "budget.coreTargetYear", b.coreTargetYear(), 2000, 2100);
        range(problems, "budget.assumedRealGdpGrowthPct", b.assumedRealGdpGrowthPct(), -20, 20);
        range(problems, "budget.minEquipmentPct", b.minEquipmentPct(), 0, 100);
        positive(problems, "budget.largeAssistanceSharePct", b.largeAssistanceSharePct());
        range(
                problems,
                "budget.realCutMattersFromThreatLevel",
                b.realCutMattersFromThreatLevel(),
                1,
                5);
        range(problems, "budget.realGrowthTrendYears", b.realGrowthTrendYears(), 1, 10);
        range(
                problems,
                "budget.recalibrateFromAdviceAreas",
                b.recalibrateFromAdviceAreas(),
                2,
                Category.values().length);

        levelTable(
                problems,
                "technology.requiredMaturity",
                t.technology().requiredMaturity().keySet());
        t.technology()
                .requiredMaturity()
                .forEach(
                        (level, maturity) ->
                                range(
                                        problems,
                                        "technology.requiredMaturity." + level,
                                        maturity,
                                        1,
                                        5));
        range(
                problems,
                "technology.severeShortfallLevels",
                t.technology().severeShortfallLevels(),
                1,
                4);
        complete(
                problems,
                "technology.domainsDefended",
                t.technology().domainsDefended().keySet(),
                EnumSet.allOf(Capability.class));
        t.technology()
                .domainsDefended()
                .forEach(
                        (capability, domains) ->
                                distinct(
                                        problems,
                                        "technology.domainsDefended." + capability,
                                        domains));

        range(problems, "regional.strongTieStrength", t.regional().strongTieStrength(), 1, 5);
        range(
                problems,
                "regional.minStrongRegionalTies",
                t.regional().minStrongRegionalTies(),
                0,
                100);
        range(
                problems,
                "regional.strongCapabilityMaturity",
                t.regional().strongCapabilityMaturity(),
                1,
                5);
        range(
                problems,
                "regional.weakCapabilityMaturity",
                t.regional().weakCapabilityMaturity(),
                1,
                5);
        if (t.regional().weakCapabilityMaturity() >= t.regional().strongCapabilityMaturity()) {
            problems.add(
                    "regional.weakCapabilityMaturity",
                    "must be below regional.strongCapabilityMaturity ("
                            + t.regional().strongCapabilityMaturity()
                            + ")");
        }
        range(
                problems,
                "regional.highEmergingPowerActivity",
                t.regional().highEmergingPowerActivity(),
                1,
                5);
        if (t.regional().defenseFrameworks().isEmpty()) {
            problems.add("regional.defenseFrameworks", "must name at least one framework");
        }
        distinct(problems, "regional.defenseFrameworks", t.regional().defenseFrameworks());

        range(
                problems,
                "diplomacy.minStrategicDialogues",
                t.diplomacy().minStrategicDialogues(),
                0,
                1000);
        range(problems, "interoperability.lowScore", t.interoperability().lowScore(), 0, 100);
        range(problems, "interoperability.highScore", t.interoperability().highScore(), 0, 100);
        if (t.interoperability().lowScore() > t.interoperability().highScore()) {
            problems.add(
                    "interoperability.lowScore",
                    "must not be above interoperability.highScore ("
                            + t.interoperability().highScore()
                            + ")");
        }
        range(
                problems,
                "interoperability.minJointExercisesPerYear",
                t.interoperability().minJointExercisesPerYear(),
                0,
                1000);
        positive(
                problems,
                "interoperability.usTroopsPerOwnDefenseUsdBn",
                t.interoperability().usTroopsPerOwnDefenseUsdBn());
        range(
                problems,
                "usAssistance.largeAssistanceUsdM",
                t.usAssistance().largeAssistanceUsdM(),
                0,
                1e7);
        range(problems, "usAssistance.manyUsTroops", t.usAssistance().manyUsTroops(), 0, 1e7);
        checkDependence(t.dependence(), problems);
        range(
                problems,
                "usAssistance.usPresenceTroops",
                t.usAssistance().usPresenceTroops(),
                1,
                1e7);
        if (t.usAssistance().relianceFrom() == Dependence.LOW) {
            problems.add(
                    "usAssistance.relianceFrom",
                    "must be MEDIUM or HIGH: LOW would count every ally as relying on the US");
        }
        range(problems, "risk.highThreatLevel", t.risk().highThreatLevel(), 1, 5);
        complete(
                problems,
                "supportLevels",
                t.supportLevels().keySet(),
                EnumSet.allOf(SupportLevel.class));
        checkScoring(t.scoring(), problems);
        checkEngine(t.engine(), problems);
    }

    /** Each limit must allow something, and grow with the fact set or stay put, never shrink. */
    private static void checkEngine(EnginePolicy e, ThresholdsReader.Problems problems) {
        range(problems, "engine.ruleFirings.base", e.ruleFirings().base(), 1, Integer.MAX_VALUE);
        range(
                problems,
                "engine.ruleFirings.perAlly",
                e.ruleFirings().perAlly(),
                0,
                Integer.MAX_VALUE);
        range(problems, "engine.facts.base", e.facts().base(), 1, Integer.MAX_VALUE);
        range(problems, "engine.facts.perAlly", e.facts().perAlly(), 0, Integer.MAX_VALUE);
        // a day is far past any real assessment; a larger number would only hide a rule set that
        // hangs
        range(problems, "engine.deadlineSeconds.base", e.deadlineSeconds().base(), 0.1, 86400);
        range(problems, "engine.deadlineSeconds.perAlly", e.deadlineSeconds().perAlly(), 0, 60);
    }

    private static void checkDependence(DependencePolicy d, ThresholdsReader.Problems problems) {
        range(problems, "dependence.highFromSharePct", d.highFromSharePct(), 0, 100);
        range(problems, "dependence.mediumFromSharePct", d.mediumFromSharePct(), 0, 100);
        if (d.mediumFromSharePct() >= d.highFromSharePct()) {
            problems.add(
                    "dependence.mediumFromSharePct",
                    "must be below dependence.highFromSharePct ("
                            + Numbers.plain(d.highFromSharePct())
                            + ")");
        }
        range(problems, "dependence.minImportsTiv", d.minImportsTiv(), 0, 1e6);
    }

    private static void checkScoring(ScoringPolicy s, ThresholdsReader.Problems problems) {
        complete(
                problems, "scoring.severity", s.severity().keySet(), EnumSet.allOf(Priority.class));
        weights(problems, "scoring.severity", s.severity());
        levelTable(problems, "scoring.threatLevel", s.threatLevel().keySet());
        weights(problems, "scoring.threatLevel", s.threatLevel());
        range(problems, "scoring.unknownThreat", s.unknownThreat(), 0, 1);
        complete(
                problems,
                "scoring.supportLevel",
                s.supportLevel().keySet(),
                EnumSet.allOf(SupportLevel.class));
        weights(problems, "scoring.supportLevel", s.supportLevel());
        if (!(s.distance().atTheLine() > 0 && s.distance().atTheLine() <= 1)) {
            problems.add(
                    "scoring.distance.atTheLine",
                    "must be above 0 and at most 1, got "
                            + Numbers.plain(s.distance().atTheLine()));
        }
        s.distance()
                .full()
                .forEach(
                        (measure, full) ->
                                positive(problems, "scoring.distance.full." + measure, full));
        Set<Priority> cut = EnumSet.of(Priority.CRITICAL, Priority.HIGH, Priority.MEDIUM);
        complete(problems, "scoring.priorityFrom", s.priorityFrom().keySet(), cut);
        if (s.priorityFrom().keySet().equals(cut)) {
            s.priorityFrom()
                    .forEach(
                            (p, from) ->
                                    range(problems, "scoring.priorityFrom." + p, from, 0, 100));
            if (!(s.priorityFrom().get(Priority.CRITICAL) > s.priorityFrom().get(Priority.HIGH)
                    && s.priorityFrom().get(Priority.HIGH)
                            > s.priorityFrom().get(Priority.MEDIUM))) {
                problems.add(
                        "scoring.priorityFrom",
                        "cut-offs must fall from CRITICAL to HIGH to MEDIUM");
            }
        }
    }

    private static <K> void weights(
            ThresholdsReader.Problems problems, String path, Map<K, Double> weights) {
        weights.forEach((key, weight) -> range(problems, path + "." + key, weight, 0, 1));
    }

    private static void levelTable(
            ThresholdsReader.Problems problems, String path, Set<Integer> keys) {
        complete(problems, path, keys, LEVELS);
    }

    private static <K> void complete(
            ThresholdsReader.Problems problems, String path, Set<K> keys, Set<K> expected) {
        Set<String> missing =
                expected.stream()
                        .filter(k -> !keys.contains(k))
                        .map(String::valueOf)
                        .collect(Collectors.toCollection(TreeSet::new));
        Set<String> extra =
                keys.stream()
                        .filter(k -> !expected.contains(k))
                        .map(String::valueOf)
                        .collect(Collectors.toCollection(TreeSet::new));
        if (!missing.isEmpty()) {
            problems.add(path, "missing entries for " + String.join(", ", missing));
        }
        if (!extra.isEmpty()) {
            problems.add(
                    path,
                    "unexpected entries "
                            + String.join(", ", extra)
                            + "; expected "
                            + expected.stream()
                                    .map(String::valueOf)
                                    .sorted()
                                    .collect(Collectors.joining(", ")));
        }
    }

    private static void distinct(ThresholdsReader.Problems problems, String path, List<?> values) {
        Set<String> seen = new HashSet<>();
        Set<String> repeated = new TreeSet<>();
        for (Object value : values) {
            if (!seen.add(String.valueOf(value))) {
                repeated.add(String.valueOf(value));
            }
        }
        if (!repeated.isEmpty()) {
            problems.add(path, "lists " + String.join(", ", repeated) + " more than once");
        }
    }

    private static void positive(ThresholdsReader.Problems problems, String path, double value) {
        if (value <= 0) {
            problems.add(path, "must be above 0, got " + value);
        }
    }

    private static void range(
            ThresholdsReader.Problems problems, String path, double value, double min, double max) {
        if (value < min || value > max) {
            problems.add(
                    path,
                    "must be between "
                            + Numbers.plain(min)
                            + " and "
                            + Numbers.plain(max)
                            + ", got "
                            + Numbers.plain(value));
        }
    }
}
