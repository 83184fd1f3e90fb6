package org.allyadvisor.facts;

import java.time.LocalDate;

/**
 * What the fact set is and the scenario it describes: reports print the title and date, and the
 * support level chooses the thresholds and words the rules apply. In code, make one with {@link
 * #builder()}.
 *
 * @param title a title for reports
 * @param asOf the date the facts describe; null when not given
 * @param usSupportLevel the US support scenario
 */
public record Meta(String title, LocalDate asOf, SupportLevel usSupportLevel) {

    /**
     * The US support scenario of facts that name none: support is reduced, as the article reports.
     */
    public static final SupportLevel DEFAULT_SUPPORT_LEVEL = SupportLevel.REDUCED;

    public Meta {
        title = title == null ? "" : title;
        usSupportLevel = usSupportLevel == null ? DEFAULT_SUPPORT_LEVEL : usSupportLevel;
    }

    /** Meta with no title, no date and the default support level, to be filled by named setters. */
    public static Builder builder() {
        return new Builder();
    }

    /** The same meta under another US support scenario; null for the default. */
    public Meta withSupportLevel(SupportLevel level) {
        return new Meta(title, asOf, level);
    }

    /** Builds meta value by value; every value is optional. */
    public static final class Builder {
        private String title;
        private LocalDate asOf;
        private SupportLevel usSupportLevel;

        private Builder() {}

        /** A title for reports; null leaves it empty. */
        public Builder title(String value) {
            title = value;
            return this;
        }

        /**
         * The date the facts describe: its year is the year of {@link Budget#realChangePct()}; null
         * when not known.
         */
        public Builder asOf(LocalDate value) {
            asOf = value;
            return this;
        }

        /** The US support scenario; null means {@link Meta#DEFAULT_SUPPORT_LEVEL}. */
        public Builder usSupportLevel(SupportLevel value) {
            usSupportLevel = value;
            return this;
        }

        /** The meta with the values set; the support level, when not set, the default. */
        public Meta build() {
            return new Meta(title, asOf, usSupportLevel);
        }
    }
}
