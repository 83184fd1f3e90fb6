package org.allyadvisor.policy;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.allyadvisor.facts.Capability;
import org.allyadvisor.facts.ThreatDomain;

/**
 * What maturity of defense technology a threat calls for (TECH-1..3), and which threat domains make
 * a shortfall more urgent (TECH-4).
 *
 * @param requiredMaturity the maturity (1..5) each threat level (1..5) calls for
 * @param severeShortfallLevels a shortfall of this many levels or more makes the upgrade HIGH
 *     rather than MEDIUM
 * @param domainsDefended the threat domains each capability defends against: a shortfall in a
 *     capability is one step more urgent when the ally faces one of them
 */
public record TechnologyPolicy(
        Map<Integer, Integer> requiredMaturity,
        int severeShortfallLevels,
        Map<Capability, List<ThreatDomain>> domainsDefended) {

    public TechnologyPolicy {
        requiredMaturity = Collections.unmodifiableMap(new TreeMap<>(requiredMaturity));
        Map<Capability, List<ThreatDomain>> copy = new EnumMap<>(Capability.class);
        domainsDefended.forEach(
                (capability, domains) -> copy.put(capability, List.copyOf(domains)));
        domainsDefended = Collections.unmodifiableMap(copy);
    }

    /** The maturity a threat level calls for. */
    @ReadsThresholds("requiredMaturity")
    public int requiredFor(int threatLevel) {
        return requiredMaturity.get(threatLevel);
    }

    /** The capabilities that defend against a threat domain, in declaration order. */
    @ReadsThresholds("domainsDefended")
    public List<Capability> defending(ThreatDomain domain) {
        return domainsDefended.entrySet().stream()
                .filter(e -> e.getValue().contains(domain))
                .map(Map.Entry::getKey)
                .toList();
    }
}
