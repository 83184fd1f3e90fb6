package org.allyadvisor.engine;

import java.util.List;

import org.allyadvisor.results.Evidence;

import org.allyadvisor.facts.Capability;

/**
 * A regional coalition opportunity: allies of one region that could cover a capability together.
 *
 * @param members the ally strong in the capability first, then the ally that lacks it
 */
public record CoalitionProposal(String ruleName, String ruleId, String region, Capability capability,
                                List<String> members, String rationale, Evidence evidence) {

    public CoalitionProposal {
        members = List.copyOf(members);
    }
}
