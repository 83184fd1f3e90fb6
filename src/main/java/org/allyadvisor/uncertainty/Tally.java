package org.allyadvisor.uncertainty;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.allyadvisor.advice.Priority;
import org.allyadvisor.results.Action;
import org.allyadvisor.results.AllyAssessment;
import org.allyadvisor.results.Assessment;
import org.allyadvisor.results.PortfolioEntry;
import org.allyadvisor.results.Risk;

/**
 * What the variants assessed so far add up to, kept as counts: a study of 10,000 variants never
 * holds 10,000 assessments. Every count is an integer (a score is summed in thousandths), so two
 * tallies merge to the same totals in any order, and the result does not depend on how the variants
 * were shared among threads.
 */
final class Tally {

    /** Counts of one action (or risk) of one ally over the variants. */
    static final class Counts {
        int held;
        int[] ranks = new int[0];
        int[] places = new int[0];
        final int[] priorities = new int[Priority.values().length];
        long scoreThousandths;
        double scoreMin = Double.POSITIVE_INFINITY;
        double scoreMax = Double.NEGATIVE_INFINITY;

        /**
         * The title as the earliest variant raising it words it (a title may quote a varied
         * threshold).
         */
        String title;

        String category;
        int titleFrom = Integer.MAX_VALUE;

        private void merge(Counts other) {
            held += other.held;
            ranks = add(ranks, other.ranks);
            places = add(places, other.places);
            for (int i = 0; i < priorities.length; i++) {
                priorities[i] += other.priorities[i];
            }
            scoreThousandths += other.scoreThousandths;
            scoreMin = Math.min(scoreMin, other.scoreMin);
            scoreMax = Math.max(scoreMax, other.scoreMax);
            if (other.titleFrom < titleFrom) {
                title = other.title;
                category = other.category;
                titleFrom = other.titleFrom;
            }
        }

        private static int[] add(int[] mine, int[] theirs) {
            int[] sum = mine.length >= theirs.length ? mine : Arrays.copyOf(mine, theirs.length);
            for (int i = 0; i < theirs.length; i++) {
                sum[i] += theirs[i];
            }
            return sum;
        }

        private static int[] count(int[] histogram, int at) {
            int[] grown =
                    at < histogram.length
                            ? histogram
                            : Arrays.copyOf(histogram, Math.max(at + 1, histogram.length * 2));
            grown[at]++;
            return grown;
        }
    }

    /** By ally id and action id (or risk rule and kind), as {@link #key} joins them. */
    final Map<String, Counts> actions = new HashMap<>();

    final Map<String, Counts> risks = new HashMap<>();
    int variants;

    static String key(String ally, String item) {
        return ally + "\u0000" + item;
    }

    static String riskKey(Risk risk) {
        return risk.ruleId() + "/" + risk.kind().name();
    }

    /**
     * @param index the variant's number, which decides whose words name an action
     */
    void add(Assessment assessment, int index) {
        variants++;
        for (AllyAssessment ally : assessment.allies()) {
            for (Action action : ally.actions()) {
                Counts c = actions.computeIfAbsent(key(ally.id(), action.id()), k -> new Counts());
                c.held++;
                c.ranks = Counts.count(c.ranks, action.rank());
                c.priorities[action.priority().ordinal()]++;
                c.scoreThousandths += Math.round(action.score() * 1000);
                c.scoreMin = Math.min(c.scoreMin, action.score());
                c.scoreMax = Math.max(c.scoreMax, action.score());
                if (index < c.titleFrom) {
                    c.title = action.title();
                    c.category = action.category().name();
                    c.titleFrom = index;
                }
            }
            for (Risk risk : ally.risks()) {
                Counts c = risks.computeIfAbsent(key(ally.id(), riskKey(risk)), k -> new Counts());
                c.held++;
                c.priorities[risk.level().ordinal()]++;
            }
        }
        int place = 1;
        for (PortfolioEntry entry : assessment.portfolio()) {
            Counts c = actions.get(key(entry.ally(), entry.actionId()));
            if (c != null) {
                c.places = Counts.count(c.places, place);
            }
            place++;
        }
    }

    void merge(Tally other) {
        variants += other.variants;
        other.actions.forEach((k, c) -> actions.computeIfAbsent(k, x -> new Counts()).merge(c));
        other.risks.forEach((k, c) -> risks.computeIfAbsent(k, x -> new Counts()).merge(c));
    }
}
