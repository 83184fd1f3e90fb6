package org.allyadvisor.trace;

import java.util.List;
import org.allyadvisor.advice.Priority;
import org.allyadvisor.advice.RiskKind;

/**
 * What one rule, or the rules of one passage, raised on the facts assessed: actions, risks and
 * coalition opportunities, allies in the fact set's order.
 *
 * @param allies every ally reached: given an action or a risk, or named in a coalition, in the fact
 *     set's order
 * @param actions by ally, then rank
 * @param risks by ally
 * @param coalitions as the assessment lists them
 */
public record Raised(
        List<String> allies,
        List<RaisedAction> actions,
        List<RaisedRisk> risks,
        List<RaisedCoalition> coalitions) {

    public static final Raised NOTHING = new Raised(List.of(), List.of(), List.of(), List.of());

    public Raised {
        allies = List.copyOf(allies);
        actions = List.copyOf(actions);
        risks = List.copyOf(risks);
        coalitions = List.copyOf(coalitions);
    }

    public boolean isEmpty() {
        return actions.isEmpty() && risks.isEmpty() && coalitions.isEmpty();
    }

    /**
     * An action of one ally.
     *
     * @param id the action's id, {@code BEL/SUSTAINABLE_BUDGETS/raise-to-floor}
     * @param rank its rank among the ally's actions
     */
    public record RaisedAction(String ally, String id, Priority priority, int rank) {}

    /** A risk to one ally. */
    public record RaisedRisk(String ally, String ruleId, RiskKind kind, Priority level) {}

    /** A regional coalition opportunity: the ally strong in the capability first. */
    public record RaisedCoalition(String region, String capability, List<String> members) {

        public RaisedCoalition {
            members = List.copyOf(members);
        }
    }
}
