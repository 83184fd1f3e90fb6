package org.allyadvisor.sweep;

import java.math.BigDecimal;
import java.util.List;

/**
 * How sensitive the advice is to one threshold: what flips within a small window around it.
 *
 * @param threshold its path; a scenario's override when it holds in the run
 * @param now its value
 * @param window the values tried
 * @param alliesBelow the allies whose advice differs somewhere below the value now, in the fact
 *     set's order
 * @param alliesAbove the allies whose advice differs somewhere above it
 * @param flips how many flips of any ally's advice there are in the window
 */
public record TornadoRow(
        String threshold,
        BigDecimal now,
        Range window,
        List<String> alliesBelow,
        List<String> alliesAbove,
        int flips) {

    public TornadoRow {
        alliesBelow = List.copyOf(alliesBelow);
        alliesAbove = List.copyOf(alliesAbove);
    }

    /** How many allies' advice flips on either side. */
    public int allies() {
        return (int)
                java.util.stream.Stream.concat(alliesBelow.stream(), alliesAbove.stream())
                        .distinct()
                        .count();
    }
}
