package org.allyadvisor.facts;

import java.util.Objects;

/**
 * A region of the fact set: where REG-2 looks for coalition partners and RISK-3 weighs how actively
 * a rival power would fill a US gap. In code, declare it with {@link FactSet.Builder#region(String,
 * Integer)}, which checks the activity's range.
 *
 * @param id the region's name, e.g. {@code Europe-East}
 * @param emergingPowerActivity 1..5: how actively a rival power would fill a US gap; null when
 *     unknown
 */
public record Region(String id, Integer emergingPowerActivity) {

    /** The name of the region's one field, as fact files and provenance write it. */
    public static final String ACTIVITY = "emergingPowerActivity";

    public Region {
        Objects.requireNonNull(id, "id");
    }
}
