package org.allyadvisor.facts;

import java.util.Arrays;
import java.util.List;

/**
 * The threat an ally faces: it raises the priority of every action and decides which capability
 * gaps matter (TECH-1..4, RISK-1). A null component is a data gap. In code, make one with {@link
 * #builder()}, which checks the level as it is set.
 *
 * @param level 1..5
 * @param domains the domains the threat comes through
 */
public record Threat(Integer level, List<ThreatDomain> domains) {

    /** Every value a data gap: what an ally's section is when nothing of it is known. */
    public static final Threat UNKNOWN = new Threat(null, null);

    public Threat {
        domains = FactValues.copyOrGap("threat.domains", domains);
    }

    /**
     * A threat with its level and domains data gaps, to be filled by named setters that check each
     * value.
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a threat value by value. The level is checked against the 1..5 the fact vocabulary
     * states ({@link FactSchema}); a wrong value throws {@link IllegalArgumentException} naming the
     * field and the value; null leaves a value a data gap.
     */
    public static final class Builder {
        private Integer level;
        private List<ThreatDomain> domains;

        private Builder() {}

        /** The threat level, 1..5. */
        public Builder level(Integer value) {
            level = FactValues.inRange("threat.level", value);
            return this;
        }

        /** The domains the threat comes through; none given means "none", not a gap. */
        public Builder domains(ThreatDomain... values) {
            return domains(values == null ? null : Arrays.asList(values));
        }

        /** The domains the threat comes through; null leaves them a data gap. */
        public Builder domains(List<ThreatDomain> values) {
            domains = FactValues.copyOrGap("threat.domains", values);
            return this;
        }

        /** The section with the values set; those not set are data gaps. */
        public Threat build() {
            return new Threat(level, domains);
        }
    }
}
