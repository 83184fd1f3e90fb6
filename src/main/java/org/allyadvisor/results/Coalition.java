package org.allyadvisor.results;

import java.util.List;
import org.allyadvisor.advice.Evidence;

/**
 * A regional coalition opportunity: allies of one region, one strong in a capability that another
 * lacks, not yet tied to each other.
 *
 * @param capability the capability's field name ({@code missileDefense})
 * @param members the ally that is strong in it first, then the ally that lacks it
 * @param source the article passage the rule encodes
 */
public record Coalition(
        String ruleId,
        String region,
        String capability,
        List<String> members,
        String rationale,
        Evidence evidence,
        Source source,
        RuleRef rule) {

    public Coalition {
        members = List.copyOf(members);
    }
}
