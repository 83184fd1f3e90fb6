package org.allyadvisor.sweep;

import java.math.BigDecimal;
import java.util.List;
import org.allyadvisor.results.Assessment;

/**
 * The flip points of one threshold or fact over a range.
 *
 * @param factSet the facts swept, as the baseline assessment names them (title, as-of date, US
 *     support level)
 * @param rules the rules, as the baseline assessment names them (source and fingerprint)
 * @param swept what was varied, and its value now
 * @param range the values tried
 * @param rangeBasis how the range was chosen ({@code --range}, or ±50 % around the value now) and,
 *     when the checks refuse part of it, where it was cut and why
 * @param precision how close to the true flip a flip found by bisection is at worst (see {@link
 *     FlipSearch})
 * @param assessments how many whole assessments the search took
 * @param allies the allies whose advice flips, in the fact set's order
 * @param unchanged how many allies' advice stays the same over the whole range
 */
public record SweepResult(
        Assessment.FactSetSummary factSet,
        Assessment.RuleSetSummary rules,
        Swept swept,
        Range range,
        String rangeBasis,
        BigDecimal precision,
        int assessments,
        List<AllySweep> allies,
        int unchanged) {

    public static final String SCHEMA = "ally-advisor/sweep/1";

    public SweepResult {
        allies = List.copyOf(allies);
    }

    /** How many flips there are in all. */
    public int flips() {
        return allies.stream()
                .flatMap(a -> a.items().stream())
                .mapToInt(i -> i.flips().size())
                .sum();
    }
}
