package org.allyadvisor.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.allyadvisor.advice.Priority;
import org.allyadvisor.sweep.Flip;
import org.allyadvisor.sweep.ItemSweep;
import org.allyadvisor.sweep.Swept;

/**
 * How the text reports word a sweep: a number line per piece of advice and a sentence from the
 * value now.
 */
final class SweepWords {

    private SweepWords() {}

    static String number(BigDecimal x) {
        String plain = x.stripTrailingZeros().toPlainString();
        return plain.equals("-0") ? "0" : plain;
    }

    /**
     * A flip's value, marked {@code ~} when bisection located it rather than a value the rules
     * compare with.
     */
    static String at(Flip flip) {
        return (flip.exact() ? "" : "~") + number(flip.at());
    }

    static String state(Priority priority) {
        return priority == null ? "none" : priority.name();
    }

    /**
     * The advice along the range as a number line: {@code none <= 1.3 < HIGH <= ~2.6134 < CRITICAL}
     * reads "none up to 1.3, HIGH above it and up to about 2.6134, CRITICAL above".
     */
    static String numberLine(ItemSweep item) {
        StringBuilder line = new StringBuilder(state(item.flips().get(0).below()));
        for (Flip flip : item.flips()) {
            line.append(flip.inclusive() ? " < " : " <= ")
                    .append(at(flip))
                    .append(flip.inclusive() ? " <= " : " < ")
                    .append(state(flip.above()));
        }
        return line.toString();
    }

    /**
     * From the value now, the nearest flip either way, in words: "disappears at or below 1.3 (now
     * 2); becomes CRITICAL from 2.6".
     */
    static String reading(ItemSweep item, Swept swept) {
        BigDecimal now = swept.now();
        Flip below = null;
        Flip above = null;
        for (Flip flip : item.flips()) {
            if (now != null && holdsAtNowAbove(flip, now)) {
                below = flip; // the last flip whose upper side holds now
            } else if (above == null) {
                above = flip;
            }
        }
        List<String> parts = new ArrayList<>();
        String name = swept.shortName();
        if (below != null) {
            parts.add(
                    change(below.below(), below.above())
                            + " for "
                            + name
                            + (below.inclusive() ? " < " : " <= ")
                            + at(below));
        }
        if (above != null) {
            parts.add(
                    change(above.above(), above.below())
                            + " for "
                            + name
                            + (above.inclusive() ? " >= " : " > ")
                            + at(above));
        }
        return String.join("; ", parts);
    }

    /** Whether the value now lies on the upper side of the flip. */
    private static boolean holdsAtNowAbove(Flip flip, BigDecimal now) {
        int c = now.compareTo(flip.at());
        return c > 0 || c == 0 && flip.inclusive();
    }

    /** What becomes of the advice, from {@code from} to {@code to}. */
    private static String change(Priority to, Priority from) {
        if (to == null) {
            return "disappears";
        }
        if (from == null) {
            return "appears as " + to.name();
        }
        return (to.compareTo(from) > 0 ? "rises to " : "falls to ") + to.name();
    }
}
