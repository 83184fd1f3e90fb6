package org.allyadvisor.results;

import java.util.List;

/** The result for one ally: its actions by rank, its risks, and the data gaps that blocked rules. */
public record AllyAssessment(String id, String name, String region, List<Action> actions, List<Risk> risks,
                             List<DataGap> dataGaps) {

    public AllyAssessment {
        actions = List.copyOf(actions);
        risks = List.copyOf(risks);
        dataGaps = List.copyOf(dataGaps);
    }
}
