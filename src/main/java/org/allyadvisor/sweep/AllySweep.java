package org.allyadvisor.sweep;

import java.util.List;

/**
 * An ally whose advice flips within the range.
 *
 * @param items its actions first, then its risks, each in the order of the key
 */
public record AllySweep(String id, String name, List<ItemSweep> items) {

    public AllySweep {
        items = List.copyOf(items);
    }
}
