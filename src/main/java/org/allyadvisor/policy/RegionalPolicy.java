package org.allyadvisor.policy;

import java.util.List;

/**
 * What counts as regional strength and weakness (REG-1, REG-2, REG-4, RISK-3).
 *
 * @param strongTieStrength a tie at least this strong (1..5) counts as a strong tie
 * @param minStrongRegionalTies fewer strong ties than this inside the region calls for a coalition
 * @param strongCapabilityMaturity a capability at least this mature can be offered to a neighbour
 * @param weakCapabilityMaturity a capability at most this mature is one a neighbour could help with
 * @param highEmergingPowerActivity a region at least this active (1..5) invites a rival into any
 *     gap
 * @param defenseFrameworks the memberships that are multilateral defense frameworks: an ally in
 *     none of them rests on bilateral ties alone
 */
public record RegionalPolicy(
        int strongTieStrength,
        int minStrongRegionalTies,
        int strongCapabilityMaturity,
        int weakCapabilityMaturity,
        int highEmergingPowerActivity,
        List<String> defenseFrameworks) {

    public RegionalPolicy {
        defenseFrameworks = List.copyOf(defenseFrameworks);
    }
}
