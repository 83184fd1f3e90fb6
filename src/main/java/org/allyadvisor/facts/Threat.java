package org.allyadvisor.facts;

import java.util.List;

/**
 * The threat an ally faces. A null component is a data gap.
 *
 * @param level   1..5
 * @param domains the domains the threat comes through
 */
public record Threat(Integer level, List<ThreatDomain> domains) {

    public static final Threat UNKNOWN = new Threat(null, null);

    public Threat {
        domains = domains == null ? null : List.copyOf(domains);
    }
}
