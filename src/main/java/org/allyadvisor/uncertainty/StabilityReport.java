package org.allyadvisor.uncertainty;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.allyadvisor.advice.Priority;
import org.allyadvisor.facts.Ally;
import org.allyadvisor.facts.FactRange;
import org.allyadvisor.facts.FactSchema;
import org.allyadvisor.facts.FactSet;
import org.allyadvisor.results.Action;
import org.allyadvisor.results.AllyAssessment;
import org.allyadvisor.results.Assessment;
import org.allyadvisor.results.PortfolioEntry;
import org.allyadvisor.results.Risk;

/** Turns the counts of a study into its result, measured against the baseline assessment. */
final class StabilityReport {

    private final Tally tally;
    private final int n;

    private StabilityReport(Tally tally) {
        this.tally = tally;
        this.n = tally.variants;
    }

    static Stability of(Assessment baseline, FactSet facts, Tally tally, long seed) {
        return of(baseline, facts, tally, seed, List.of());
    }

    /**
     * @param thresholdRanges the threshold ranges that varied, listed after the facts'
     */
    static Stability of(
            Assessment baseline,
            FactSet facts,
            Tally tally,
            long seed,
            List<Stability.RangeUsed> thresholdRanges) {
        StabilityReport report = new StabilityReport(tally);
        List<Stability.AllyStability> allies = new ArrayList<>();
        for (AllyAssessment ally : baseline.allies()) {
            allies.add(
                    new Stability.AllyStability(
                            ally.id(),
                            ally.name(),
                            ally.region(),
                            report.actions(ally),
                            report.risks(ally)));
        }
        List<Stability.PortfolioStability> portfolio = new ArrayList<>();
        for (PortfolioEntry entry : baseline.portfolio()) {
            Tally.Counts c = report.counts(tally.actions, entry.ally(), entry.actionId());
            int asGiven = c.priorities[entry.priority().ordinal()];
            portfolio.add(
                    new Stability.PortfolioStability(
                            entry.ally(),
                            entry.actionId(),
                            entry.title(),
                            entry.priority().name(),
                            entry.score(),
                            interval(c.places),
                            asGiven,
                            Firmness.of(asGiven, report.n)));
        }
        List<Stability.RangeUsed> ranges = new ArrayList<>(factRanges(facts, baseline));
        ranges.addAll(thresholdRanges);
        return new Stability(baseline, tally.variants, seed, ranges, allies, portfolio);
    }

    private Tally.Counts counts(Map<String, Tally.Counts> all, String ally, String item) {
        Tally.Counts c = all.get(Tally.key(ally, item));
        return c == null ? new Tally.Counts() : c;
    }

    private List<Stability.ActionStability> actions(AllyAssessment ally) {
        List<Stability.ActionStability> actions = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (Action action : ally.actions()) {
            seen.add(action.id());
            Tally.Counts c = counts(tally.actions, ally.id(), action.id());
            int asGiven = c.priorities[action.priority().ordinal()];
            actions.add(
                    action(
                            action.id(),
                            action.title(),
                            action.category().name(),
                            new Stability.Baseline(
                                    action.rank(), action.priority().name(), action.score()),
                            c,
                            asGiven));
        }
        List<Stability.ActionStability> raisedByVariants = new ArrayList<>();
        others(tally.actions, ally.id(), seen)
                .forEach(
                        (id, c) ->
                                raisedByVariants.add(
                                        action(id, c.title, c.category, null, c, n - c.held)));
        raisedByVariants.sort(
                Comparator.comparingInt((Stability.ActionStability a) -> -a.held())
                        .thenComparing(Stability.ActionStability::id));
        actions.addAll(raisedByVariants);
        return actions;
    }

    private Stability.ActionStability action(
            String id,
            String title,
            String category,
            Stability.Baseline baseline,
            Tally.Counts c,
            int asGiven) {
        Stability.Spread score =
                c.held == 0
                        ? new Stability.Spread(0, 0, 0)
                        : new Stability.Spread(
                                c.scoreMin,
                                Math.round((double) c.scoreThousandths / c.held) / 1000.0,
                                c.scoreMax);
        return new Stability.ActionStability(
                id,
                title,
                category,
                baseline,
                c.held,
                interval(c.ranks),
                byPriority(c),
                score,
                asGiven,
                Firmness.of(asGiven, n));
    }

    private List<Stability.RiskStability> risks(AllyAssessment ally) {
        List<Stability.RiskStability> risks = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (Risk risk : ally.risks()) {
            String key = Tally.riskKey(risk);
            seen.add(key);
            Tally.Counts c = counts(tally.risks, ally.id(), key);
            int asGiven = c.priorities[risk.level().ordinal()];
            risks.add(
                    new Stability.RiskStability(
                            risk.ruleId(),
                            risk.kind().name(),
                            risk.level().name(),
                            c.held,
                            byPriority(c),
                            asGiven,
                            Firmness.of(asGiven, n)));
        }
        List<Stability.RiskStability> raisedByVariants = new ArrayList<>();
        others(tally.risks, ally.id(), seen)
                .forEach(
                        (key, c) -> {
                            String[] ruleAndKind = key.split("/", 2);
                            raisedByVariants.add(
                                    new Stability.RiskStability(
                                            ruleAndKind[0],
                                            ruleAndKind[1],
                                            null,
                                            c.held,
                                            byPriority(c),
                                            n - c.held,
                                            Firmness.of(n - c.held, n)));
                        });
        raisedByVariants.sort(
                Comparator.comparingInt((Stability.RiskStability r) -> -r.held())
                        .thenComparing(Stability.RiskStability::ruleId)
                        .thenComparing(Stability.RiskStability::kind));
        risks.addAll(raisedByVariants);
        return risks;
    }

    /** The counts of an ally's items the baseline does not have, by item. */
    private static Map<String, Tally.Counts> others(
            Map<String, Tally.Counts> all, String ally, Set<String> seen) {
        String prefix = Tally.key(ally, "");
        Map<String, Tally.Counts> others = new TreeMap<>();
        all.forEach(
                (key, c) -> {
                    if (key.startsWith(prefix) && !seen.contains(key.substring(prefix.length()))) {
                        others.put(key.substring(prefix.length()), c);
                    }
                });
        return others;
    }

    /** Counts by priority name, most urgent first. */
    private static Map<String, Integer> byPriority(Tally.Counts c) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (int i = Priority.values().length - 1; i >= 0; i--) {
            counts.put(Priority.values()[i].name(), c.priorities[i]);
        }
        return counts;
    }

    /**
     * Min, 5th and 95th percentile (nearest rank) and max of a histogram; all 0 when it is empty.
     */
    static Stability.Interval interval(int[] histogram) {
        int total = 0;
        for (int count : histogram) {
            total += count;
        }
        if (total == 0) {
            return new Stability.Interval(0, 0, 0, 0);
        }
        return new Stability.Interval(
                rankAt(histogram, 1),
                rankAt(histogram, nearestRank(total, 5)),
                rankAt(histogram, nearestRank(total, 95)),
                rankAt(histogram, total));
    }

    /** The position, 1-based, of the {@code percent} percentile among {@code total} values. */
    private static long nearestRank(int total, int percent) {
        return Math.max(1, ((long) total * percent + 99) / 100);
    }

    private static int rankAt(int[] histogram, long position) {
        long seen = 0;
        for (int value = 0; value < histogram.length; value++) {
            seen += histogram[value];
            if (seen >= position) {
                return value;
            }
        }
        throw new IllegalStateException("position " + position + " past the histogram");
    }

    /** The fact ranges that varied a value of a reported ally, one per declaration and field. */
    private static List<Stability.RangeUsed> factRanges(FactSet facts, Assessment baseline) {
        Set<String> reported = new java.util.HashSet<>();
        baseline.allies().forEach(a -> reported.add(a.id()));
        Map<String, List<String>> alliesOf = new LinkedHashMap<>();
        Map<String, FactRange> byKey = new TreeMap<>(StabilityReport::declarationOrder);
        for (Ally ally : facts.allies()) {
            facts.ranges()
                    .ofAlly(ally.id())
                    .forEach(
                            (path, range) -> {
                                boolean known =
                                        FactSchema.field(path)
                                                .map(f -> f.value().apply(ally) != null)
                                                .orElse(false);
                                if (known && reported.contains(ally.id())) {
                                    String key = range.at() + "\u0000" + path;
                                    byKey.putIfAbsent(key, range);
                                    alliesOf.computeIfAbsent(key, k -> new ArrayList<>())
                                            .add(ally.id());
                                }
                            });
        }
        List<Stability.RangeUsed> used = new ArrayList<>();
        byKey.forEach(
                (key, range) ->
                        used.add(
                                new Stability.RangeUsed(
                                        "fact",
                                        range.field(),
                                        range.text(),
                                        alliesOf.get(key),
                                        range.basis(),
                                        range.judgement(),
                                        range.at() == null ? "" : range.at())));
        return used;
    }

    /** Declarations in file order: by file, then line as a number, then field. */
    private static int declarationOrder(String a, String b) {
        String[] x = a.split("\u0000", 2);
        String[] y = b.split("\u0000", 2);
        int byFile = file(x[0]).compareTo(file(y[0]));
        if (byFile != 0) {
            return byFile;
        }
        int byLine = Integer.compare(line(x[0]), line(y[0]));
        return byLine != 0 ? byLine : x[1].compareTo(y[1]);
    }

    private static String file(String at) {
        int colon = at.lastIndexOf(':');
        return colon < 0 ? at : at.substring(0, colon);
    }

    private static int line(String at) {
        int colon = at.lastIndexOf(':');
        try {
            return colon < 0 ? 0 : Integer.parseInt(at.substring(colon + 1));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
