package org.allyadvisor.facts;

/**
 * A region of the fact set.
 *
 * @param id                    the region's name, e.g. {@code Europe-East}
 * @param emergingPowerActivity 1..5: how actively a rival power would fill a US gap; null when unknown
 */
public record Region(String id, Integer emergingPowerActivity) {

    /** The name of the region's one field, as fact files and provenance write it. */
    public static final String ACTIVITY = "emergingPowerActivity";
}
