package org.allyadvisor.whatif;

import java.util.List;
import org.allyadvisor.results.Assessment;

/**
 * A baseline and every variant compared with it.
 *
 * @param title what the comparison asks, from the scenario file or made from the changes
 * @param baseline the facts as given, through the baseline rules
 * @param comparisons one per variant, in the order given
 * @param rules how the variant's rules differ from the baseline's, or null when both run the same
 *     rules
 */
public record WhatIfResult(
        String title, Assessment baseline, List<Comparison> comparisons, RuleSetDifference rules) {

    public static final String SCHEMA = "ally-advisor/whatif/1";

    public WhatIfResult {
        comparisons = List.copyOf(comparisons);
    }
}
