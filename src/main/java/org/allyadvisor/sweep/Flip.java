package org.allyadvisor.sweep;

import java.math.BigDecimal;
import org.allyadvisor.advice.Priority;

/**
 * Where one ally's piece of advice changes as the swept value rises.
 *
 * @param at the value where it changes
 * @param inclusive whether {@code at} itself already has the new state ({@code x >= at}) or still
 *     the old one ({@code x > at})
 * @param exact whether {@code at} is a number of the facts, thresholds or evidence that the rules
 *     compare with (the flip is there); false for a flip located by bisection, within half the
 *     sweep's precision
 * @param below the priority just below, or null where the ally does not get it
 * @param above the priority just above, or null where the ally does not get it
 */
public record Flip(
        BigDecimal at, boolean inclusive, boolean exact, Priority below, Priority above) {

    /** What changes: appears, disappears, or rises or falls in priority. */
    public String change() {
        if (below == null) {
            return "appears";
        }
        if (above == null) {
            return "disappears";
        }
        return above.compareTo(below) > 0 ? "rises" : "falls";
    }
}
