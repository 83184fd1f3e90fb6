package org.allyadvisor.advice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.allyadvisor.facts.Capability;
import org.junit.jupiter.api.Test;

/**
 * Proposals keep value equality with a hash of what names them, so Drools' truth maintenance merges
 * equal ones.
 */
class ProposalEqualityTest {

    private static final Evidence EVIDENCE = new Evidence(Map.of("budget.defensePctGdp", 1.5));

    private static ActionProposal action(String rationale) {
        return new ActionProposal(
                "DEU",
                "Defense spending below the NATO floor",
                "BUD-1",
                Category.SUSTAINABLE_BUDGETS,
                "raise-to-floor",
                Priority.HIGH,
                "Raise spending",
                rationale,
                EVIDENCE,
                new Distance("pointsBelowFloor", 0.5));
    }

    private static RiskProposal risk(String rationale) {
        return new RiskProposal(
                "DEU",
                "High dependence",
                "RISK-2",
                RiskKind.RELIABILITY_REASSESSMENT,
                Priority.HIGH,
                rationale,
                EVIDENCE,
                null);
    }

    private static CoalitionProposal coalition(String rationale) {
        return new CoalitionProposal(
                "Capability pair",
                "REG-2",
                "Europe-East",
                Capability.MISSILE_DEFENSE,
                List.of("POL", "LTU"),
                rationale,
                EVIDENCE);
    }

    @Test
    void equalProposalsAreEqualAndHashAlike() {
        assertThat(action("Too little."))
                .isEqualTo(action("Too little."))
                .hasSameHashCodeAs(action("Too little."));
        assertThat(risk("Relies on the US."))
                .isEqualTo(risk("Relies on the US."))
                .hasSameHashCodeAs(risk("Relies on the US."));
        assertThat(coalition("Pair them."))
                .isEqualTo(coalition("Pair them."))
                .hasSameHashCodeAs(coalition("Pair them."));
    }

    @Test
    void proposalsThatDifferOnlyInWordsStayDistinct() {
        assertThat(action("Too little.")).isNotEqualTo(action("Far too little."));
        assertThat(risk("Relies on the US.")).isNotEqualTo(risk("Relies heavily on the US."));
        assertThat(coalition("Pair them.")).isNotEqualTo(coalition("Pair them now."));
    }
}
