package org.allyadvisor.whatif;

import java.util.ArrayList;
import java.util.List;
import org.allyadvisor.results.AllyAssessment;
import org.allyadvisor.results.Assessment;

/**
 * One variant beside the baseline: the allies it changes, in the fact set's order, and how many it
 * leaves as they were.
 *
 * @param variant the variant compared
 * @param after the variant's assessment
 * @param changed the allies with a difference, in the fact set's order
 * @param unchanged how many reported allies the variant leaves as they were
 */
public record Comparison(
        Variant variant, Assessment after, List<AllyDifference> changed, int unchanged) {

    public Comparison {
        changed = List.copyOf(changed);
    }

    /** The variant's assessment beside the baseline's; both report the same allies. */
    public static Comparison of(Variant variant, Assessment before, Assessment after) {
        List<AllyDifference> changed = new ArrayList<>();
        int unchanged = 0;
        for (AllyAssessment then : before.allies()) {
            AllyAssessment now =
                    after.ally(then.id())
                            .orElseThrow(
                                    () ->
                                            new IllegalArgumentException(
                                                    "the variant's assessment has no ally '"
                                                            + then.id()
                                                            + "'"));
            AllyDifference difference = AllyDifference.of(then, now);
            if (difference.isUnchanged()) {
                unchanged++;
            } else {
                changed.add(difference);
            }
        }
        return new Comparison(variant, after, changed, unchanged);
    }
}
