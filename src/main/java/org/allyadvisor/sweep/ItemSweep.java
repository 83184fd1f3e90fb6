package org.allyadvisor.sweep;

import java.util.List;
import org.allyadvisor.advice.Priority;

/**
 * One piece of an ally's advice that flips within the range.
 *
 * @param item the action or risk, worded as at the value nearest to the value now where the ally
 *     gets it
 * @param now its priority at the value now (which may lie outside the range), or null when the ally
 *     does not get it now
 * @param flips every flip, in rising order of the value
 */
public record ItemSweep(Item item, Priority now, List<Flip> flips) {

    public ItemSweep {
        flips = List.copyOf(flips);
    }
}
