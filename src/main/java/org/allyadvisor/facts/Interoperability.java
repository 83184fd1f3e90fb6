package org.allyadvisor.facts;

import java.util.Arrays;
import java.util.List;

/**
 * How well the ally's forces work with others: what the interoperability rules (INT-1..5) and the
 * technology-transfer and training advice (US-1, US-3) look at. A null component is a data gap; an
 * empty {@code intelSharing} list means the ally shares intelligence through no framework. In code,
 * make one with {@link #builder()}, which checks each value as it is set.
 *
 * @param score 0..100, analyst judgement (standards, common platforms, C2)
 * @param jointExercisesPerYear joint exercises a year
 * @param intelSharing frameworks the ally shares intelligence through
 */
public record Interoperability(
        Integer score, Integer jointExercisesPerYear, List<String> intelSharing) {

    /** Every value a data gap: what an ally's section is when nothing of it is known. */
    public static final Interoperability UNKNOWN = new Interoperability(null, null, null);

    public Interoperability {
        intelSharing = FactValues.copyOrGap("interoperability.intelSharing", intelSharing);
    }

    /**
     * Interoperability with every value a data gap, to be filled by named setters that check each
     * value.
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds interoperability value by value. Each setter checks its value against the range the
     * fact vocabulary states ({@link FactSchema}) and throws {@link IllegalArgumentException}
     * naming the field and the value; null leaves a value a data gap.
     */
    public static final class Builder {
        private Integer score;
        private Integer jointExercisesPerYear;
        private List<String> intelSharing;

        private Builder() {}

        /** The analysts' interoperability score, 0..100. */
        public Builder score(Integer value) {
            score = FactValues.inRange("interoperability.score", value);
            return this;
        }

        /** Joint exercises a year: 0 or more. */
        public Builder jointExercisesPerYear(Integer value) {
            jointExercisesPerYear =
                    FactValues.inRange("interoperability.jointExercisesPerYear", value);
            return this;
        }

        /**
         * The frameworks the ally shares intelligence through; none given means "none", not a gap.
         */
        public Builder intelSharing(String... frameworks) {
            return intelSharing(frameworks == null ? null : Arrays.asList(frameworks));
        }

        /** The frameworks the ally shares intelligence through; null leaves it a data gap. */
        public Builder intelSharing(List<String> frameworks) {
            intelSharing = FactValues.copyOrGap("interoperability.intelSharing", frameworks);
            return this;
        }

        /** The section with the values set; those not set are data gaps. */
        public Interoperability build() {
            return new Interoperability(score, jointExercisesPerYear, intelSharing);
        }
    }
}
