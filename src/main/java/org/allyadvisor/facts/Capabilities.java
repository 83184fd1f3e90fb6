package org.allyadvisor.facts;

/**
 * Maturity (1..5) of the defense technologies the article names: what the technology rules
 * (TECH-1..4) set against the threat, and what REG-2 pairs neighbours by. A null component is a
 * data gap. In code, make one with {@link #builder()}, which checks each maturity as it is set.
 */
public record Capabilities(Integer cyberDefense, Integer missileDefense, Integer unmanned) {

    /** Every value a data gap: what an ally's section is when nothing of it is known. */
    public static final Capabilities UNKNOWN = new Capabilities(null, null, null);

    /**
     * Capabilities with every maturity a data gap, to be filled by named setters that check each
     * value.
     */
    public static Builder builder() {
        return new Builder();
    }

    /** The maturity of one capability, or null when it is not known. */
    public Integer maturity(Capability capability) {
        return switch (capability) {
            case CYBER_DEFENSE -> cyberDefense;
            case MISSILE_DEFENSE -> missileDefense;
            case UNMANNED -> unmanned;
        };
    }

    /**
     * Builds capabilities maturity by maturity. Each setter checks its value against the 1..5 the
     * fact vocabulary states ({@link FactSchema}) and throws {@link IllegalArgumentException}
     * naming the field and the value; null leaves a maturity a data gap.
     */
    public static final class Builder {
        private Integer cyberDefense;
        private Integer missileDefense;
        private Integer unmanned;

        private Builder() {}

        /** Cyber defense maturity, 1..5. */
        public Builder cyberDefense(Integer maturity) {
            return maturity(Capability.CYBER_DEFENSE, maturity);
        }

        /** Missile defense maturity, 1..5. */
        public Builder missileDefense(Integer maturity) {
            return maturity(Capability.MISSILE_DEFENSE, maturity);
        }

        /** Maturity of unmanned systems, 1..5. */
        public Builder unmanned(Integer maturity) {
            return maturity(Capability.UNMANNED, maturity);
        }

        /** The maturity of one capability, for code that goes over {@link Capability#values()}. */
        public Builder maturity(Capability capability, Integer maturity) {
            if (capability == null) {
                throw new NullPointerException("capability is null");
            }
            Integer checked = FactValues.inRange("capabilities." + capability.field(), maturity);
            switch (capability) {
                case CYBER_DEFENSE -> cyberDefense = checked;
                case MISSILE_DEFENSE -> missileDefense = checked;
                case UNMANNED -> unmanned = checked;
            }
            return this;
        }

        /** The section with the values set; those not set are data gaps. */
        public Capabilities build() {
            return new Capabilities(cyberDefense, missileDefense, unmanned);
        }
    }
}
