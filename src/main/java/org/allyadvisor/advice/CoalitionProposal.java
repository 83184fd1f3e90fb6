package org.allyadvisor.advice;

import java.util.List;
import org.allyadvisor.facts.Capability;

/**
 * A regional coalition opportunity: allies of one region that could cover a capability together.
 *
 * @param members the ally strong in the capability first, then the ally that lacks it
 */
public record CoalitionProposal(
        String ruleName,
        String ruleId,
        String region,
        Capability capability,
        List<String> members,
        String rationale,
        Evidence evidence) {

    /**
     * A consequence that leaves out a part of its advice fails at once, naming its rule, rather
     * than the results.
     */
    public CoalitionProposal {
        Advice.required(ruleName, "its rule");
        Advice.required(ruleId, "its rule's @id");
        Advice.required(region, "a region");
        Advice.required(capability, "a capability");
        Advice.required(members, "its members");
        members.forEach(member -> Advice.required(member, "an ally for each member"));
        members = List.copyOf(members);
        Advice.required(rationale, "a rationale");
        Advice.required(evidence, "its evidence");
    }

    /**
     * Hashes what names the coalition — its rule, region, capability and members — not its words
     * and evidence: Drools hashes every proposal a rule inserts logically, and equal ones still
     * hash alike.
     */
    @Override
    public int hashCode() {
        return ((ruleName.hashCode() * 31 + region.hashCode()) * 31 + capability.ordinal()) * 31
                + members.hashCode();
    }
}
