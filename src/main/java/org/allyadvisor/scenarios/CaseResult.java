package org.allyadvisor.scenarios;

import java.util.List;
import java.util.Set;
import org.allyadvisor.results.AllyAssessment;
import org.allyadvisor.results.Coalition;

/**
 * How one case came out: the expectations its ally's advice did not bear out, and that advice.
 *
 * @param unmet the expectations not borne out, in file order; empty when the case passed
 * @param ally the advice the ally got
 * @param coalitions the coalition opportunities the ally is a member of
 * @param fired the catalogue ids of every rule that gave any ally of the case advice
 */
public record CaseResult(
        ScenarioCase scenarioCase,
        List<Expectation> unmet,
        AllyAssessment ally,
        List<Coalition> coalitions,
        Set<String> fired) {

    public CaseResult {
        unmet = List.copyOf(unmet);
        coalitions = List.copyOf(coalitions);
        fired = Set.copyOf(fired);
    }

    public boolean passed() {
        return unmet.isEmpty();
    }
}
