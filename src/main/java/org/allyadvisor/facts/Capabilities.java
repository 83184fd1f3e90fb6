package org.allyadvisor.facts;

/**
 * Maturity (1..5) of the defense technologies the article names. A null component is a data gap.
 */
public record Capabilities(Integer cyberDefense, Integer missileDefense, Integer unmanned) {

    public static final Capabilities UNKNOWN = new Capabilities(null, null, null);

    /** The maturity of one capability, or null when it is not known. */
    public Integer maturity(Capability capability) {
        return switch (capability) {
            case CYBER_DEFENSE -> cyberDefense;
            case MISSILE_DEFENSE -> missileDefense;
            case UNMANNED -> unmanned;
        };
    }
}
