package org.allyadvisor.sweep;

import java.math.BigDecimal;

/**
 * What a sweep varies: one number of the thresholds file, or one fact of one ally.
 *
 * @param kind a threshold or a fact
 * @param name the threshold's path ({@code budget.floorPctGdp}) or the fact's ({@code
 *     POL.budget.realChangePct})
 * @param now its value in the rules and facts as given; null for a fact that is a data gap
 * @param whole whether it takes whole numbers only (a level, a count)
 * @param note what a reader should know of it, such as the scenario override swept in its place;
 *     empty if nothing
 */
public record Swept(Kind kind, String name, BigDecimal now, boolean whole, String note) {

    /** Whether a number of the thresholds file or an ally's fact is varied. */
    public enum Kind {
        THRESHOLD,
        FACT
    }

    /**
     * The name as a sentence uses it: the threshold's last part ({@code floorPctGdp}) or the whole
     * fact path.
     */
    public String shortName() {
        return kind == Kind.THRESHOLD ? name.substring(name.lastIndexOf('.') + 1) : name;
    }
}
