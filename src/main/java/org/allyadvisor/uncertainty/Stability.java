package org.allyadvisor.uncertainty;

import java.util.List;
import java.util.Map;
import org.allyadvisor.results.Assessment;

/**
 * How firm an assessment's advice is under the declared uncertainty of its facts and thresholds:
 * the result of assessing {@code variants} variants drawn within the ranges.
 *
 * @param baseline the assessment of the facts and thresholds as given, which each share is measured
 *     against
 * @param variants how many variants were assessed
 * @param seed the seed they were drawn from: the same seed gives the same result
 * @param ranges every range that varied a value, as declared
 * @param allies per reported ally, in input order
 * @param portfolio the baseline's portfolio, each entry with how firm its priority is
 */
public record Stability(
        Assessment baseline,
        int variants,
        long seed,
        List<RangeUsed> ranges,
        List<AllyStability> allies,
        List<PortfolioStability> portfolio) {

    public static final String SCHEMA = "ally-advisor/uncertainty/1";

    /**
     * Advice the facts as given do not raise, but 35% of variants or more do: the portfolio's
     * hidden toss-ups.
     */
    public List<Raised> raisedByVariants() {
        List<Raised> raised = new java.util.ArrayList<>();
        for (AllyStability ally : allies) {
            for (ActionStability action : ally.actions()) {
                if (action.baseline() == null
                        && action.firmness().compareTo(Firmness.TOSS_UP) >= 0) {
                    raised.add(new Raised(ally.id(), action));
                }
            }
        }
        raised.sort(
                java.util.Comparator.comparingInt((Raised r) -> -r.action().held())
                        .thenComparing(Raised::ally)
                        .thenComparing(r -> r.action().id()));
        return List.copyOf(raised);
    }

    /** An action of an ally that only variants raise. */
    public record Raised(String ally, ActionStability action) {}

    public Stability {
        ranges = List.copyOf(ranges);
        allies = List.copyOf(allies);
        portfolio = List.copyOf(portfolio);
    }

    /**
     * One declared range that varied values in the study.
     *
     * @param kind {@code fact} or {@code threshold}
     * @param name the fact field ({@code budget.defensePctGdp}) or threshold path ({@code
     *     budget.floorPctGdp})
     * @param range as declared: {@code ±0.1}, {@code ±5%}, {@code 1.8..2.2}
     * @param allies the allies whose value it varied (facts; empty for a threshold)
     * @param basis why values may be off by this much
     * @param judgement whether the width is an analysts' judgement
     * @param at where it is declared
     */
    public record RangeUsed(
            String kind,
            String name,
            String range,
            List<String> allies,
            String basis,
            boolean judgement,
            String at) {

        public RangeUsed {
            allies = List.copyOf(allies);
        }
    }

    /** One ally's actions and risks with how firm each is, in the baseline's order. */
    public record AllyStability(
            String id,
            String name,
            String region,
            List<ActionStability> actions,
            List<RiskStability> risks) {

        public AllyStability {
            actions = List.copyOf(actions);
            risks = List.copyOf(risks);
        }
    }

    /**
     * @param baseline the action as the facts given have it, or null when only variants raise it
     * @param held in how many variants it holds (at any priority)
     * @param rank its rank among the ally's actions, over the variants in which it holds
     * @param priorities in how many variants it holds at each priority, most urgent first, every
     *     priority listed
     * @param score its score over the variants in which it holds
     * @param firmness how often it holds as the baseline has it: at the baseline's priority, or
     *     absent when the baseline does not raise it
     * @param asGiven in how many variants it holds as the baseline has it
     */
    public record ActionStability(
            String id,
            String title,
            String category,
            Baseline baseline,
            int held,
            Interval rank,
            Map<String, Integer> priorities,
            Spread score,
            int asGiven,
            Firmness firmness) {

        public ActionStability {
            priorities = Map.copyOf(priorities);
        }
    }

    /** What the baseline says of an action: its rank, priority and score. */
    public record Baseline(int rank, String priority, double score) {}

    /**
     * A rank interval: the least and most urgent rank held, and the 5th and 95th percentiles
     * (nearest rank), over the variants in which the action holds; all 0 when it never does.
     */
    public record Interval(int min, int p5, int p95, int max) {}

    /**
     * Lowest, mean and highest, over the variants in which the action holds; all 0 when it never
     * does.
     */
    public record Spread(double min, double mean, double max) {}

    /**
     * @param baselineLevel the risk's level on the facts as given, or null when only variants raise
     *     it
     * @param levels in how many variants it holds at each level, most urgent first
     */
    public record RiskStability(
            String ruleId,
            String kind,
            String baselineLevel,
            int held,
            Map<String, Integer> levels,
            int asGiven,
            Firmness firmness) {

        public RiskStability {
            levels = Map.copyOf(levels);
        }
    }

    /**
     * One entry of the baseline's portfolio: how often it keeps its priority, and its place in the
     * cross-ally portfolio over the variants in which it holds.
     */
    public record PortfolioStability(
            String ally,
            String actionId,
            String title,
            String priority,
            double score,
            Interval place,
            int asGiven,
            Firmness firmness) {}
}
