package org.allyadvisor.sweep;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.allyadvisor.advice.Priority;

/**
 * What a dense grid sees: the advice at each of its points, assessed exactly, and every change
 * between neighbouring points. The slow, obvious way a sweep's answers are checked against.
 */
final class BruteForce {

    /** A change of one ally's piece of advice between two neighbouring grid points. */
    record Change(String ally, String key, BigDecimal after, BigDecimal before) {}

    private BruteForce() {}

    /** Every change the grid {@code lo, lo + step, ..., hi} sees. */
    static List<Change> changes(ValueAssessor at, BigDecimal lo, BigDecimal hi, BigDecimal step)
            throws Exception {
        List<BigDecimal> grid = new ArrayList<>();
        for (BigDecimal x = lo; x.compareTo(hi) <= 0; x = x.add(step)) {
            grid.add(x);
        }
        List<Outcome> outcomes = new ArrayList<>();
        for (BigDecimal x : grid) {
            outcomes.add(Outcome.of(at.at(x)));
        }
        List<Change> changes = new ArrayList<>();
        for (int i = 1; i < grid.size(); i++) {
            Outcome before = outcomes.get(i - 1);
            Outcome after = outcomes.get(i);
            for (String ally : after.byAlly().keySet()) {
                Set<String> keys = new TreeSet<>(before.of(ally).keySet());
                keys.addAll(after.of(ally).keySet());
                for (String key : keys) {
                    Priority b = before.of(ally, key);
                    Priority a = after.of(ally, key);
                    if (a != b) {
                        changes.add(new Change(ally, key, grid.get(i - 1), grid.get(i)));
                    }
                }
            }
        }
        return changes;
    }
}
