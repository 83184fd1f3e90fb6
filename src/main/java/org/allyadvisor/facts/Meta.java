package org.allyadvisor.facts;

import java.time.LocalDate;

/**
 * What the fact set is and the scenario it describes.
 *
 * @param title          a title for reports
 * @param asOf           the date the facts describe; null when not given
 * @param usSupportLevel the US support scenario
 */
public record Meta(String title, LocalDate asOf, SupportLevel usSupportLevel) {

    public static final SupportLevel DEFAULT_SUPPORT_LEVEL = SupportLevel.REDUCED;

    public Meta {
        title = title == null ? "" : title;
        usSupportLevel = usSupportLevel == null ? DEFAULT_SUPPORT_LEVEL : usSupportLevel;
    }

    public Meta withSupportLevel(SupportLevel level) {
        return new Meta(title, asOf, level);
    }
}
