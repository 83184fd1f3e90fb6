package org.allyadvisor.policy;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * What maturity of defense technology a threat calls for (TECH-1..3).
 *
 * @param requiredMaturity       the maturity (1..5) each threat level (1..5) calls for
 * @param severeShortfallLevels  a shortfall of this many levels or more makes the upgrade HIGH rather than MEDIUM
 */
public record TechnologyPolicy(Map<Integer, Integer> requiredMaturity, int severeShortfallLevels) {

    public TechnologyPolicy {
        requiredMaturity = Collections.unmodifiableMap(new TreeMap<>(requiredMaturity));
    }

    /** The maturity a threat level calls for. */
    public int requiredFor(int threatLevel) {
        return requiredMaturity.get(threatLevel);
    }
}
