package org.allyadvisor.results;

import java.util.List;

/**
 * The result for one ally: its actions by rank, its risks, the data gaps that blocked rules, and
 * the rules that ran for it and found nothing to advise, so an ally with no action says why.
 *
 * @param quietRules catalogue ids, in catalogue order, of the rules that could be evaluated for the
 *     ally and gave it no action, risk or coalition
 */
public record AllyAssessment(
        String id,
        String name,
        String region,
        List<Action> actions,
        List<Risk> risks,
        List<DataGap> dataGaps,
        List<String> quietRules) {

    public AllyAssessment {
        actions = List.copyOf(actions);
        risks = List.copyOf(risks);
        dataGaps = List.copyOf(dataGaps);
        quietRules = List.copyOf(quietRules);
    }
}
