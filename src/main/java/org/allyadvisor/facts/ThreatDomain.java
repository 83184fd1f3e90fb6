package org.allyadvisor.facts;

/** A domain in which an ally faces a threat. */
public enum ThreatDomain {
    LAND,
    MARITIME,
    AIR,
    MISSILE,
    CYBER,
    SPACE,
    HYBRID
}
