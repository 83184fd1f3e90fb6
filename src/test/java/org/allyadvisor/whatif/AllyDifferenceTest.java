package org.allyadvisor.whatif;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.allyadvisor.advice.Category;
import org.allyadvisor.advice.Priority;
import org.allyadvisor.advice.RiskKind;
import org.allyadvisor.results.Action;
import org.allyadvisor.results.AllyAssessment;
import org.allyadvisor.results.Risk;
import org.junit.jupiter.api.Test;

class AllyDifferenceTest {

    @Test
    void anActionOnlyTheVariantAsksForIsGained() {
        AllyDifference difference =
                AllyDifference.of(
                        ally(List.of(raise(1, Priority.HIGH, 64.3))),
                        ally(
                                List.of(
                                        raise(1, Priority.HIGH, 64.3),
                                        growth(2, Priority.HIGH, 55.0))));

        assertThat(difference.actions())
                .singleElement()
                .satisfies(
                        change -> {
                            assertThat(change.change()).isEqualTo(ActionChange.Change.GAINED);
                            assertThat(change.actionId())
                                    .isEqualTo("POL/SUSTAINABLE_BUDGETS/growth-path");
                            assertThat(change.before()).isNull();
                        });
        assertThat(difference.summary()).isEqualTo("POL: gains BUD-2 (HIGH)");
    }

    @Test
    void anActionOnlyTheBaselineAsksForIsLostAndTheScoreFollowsTheMostUrgentLeft() {
        AllyDifference difference =
                AllyDifference.of(
                        ally(
                                List.of(
                                        raise(1, Priority.HIGH, 64.3),
                                        growth(2, Priority.MEDIUM, 50.0))),
                        ally(List.of(growth(1, Priority.MEDIUM, 50.0))));

        assertThat(difference.actions())
                .extracting(ActionChange::change)
                .containsExactly(ActionChange.Change.LOST, ActionChange.Change.CHANGED);
        assertThat(difference.summary())
                .isEqualTo("POL: loses BUD-1 (HIGH); BUD-2 #2 → #1; score 64.3 → 50.0");
    }

    @Test
    void aPriorityAndScoreChangeIsOneChangedAction() {
        AllyDifference difference =
                AllyDifference.of(
                        ally(List.of(raise(1, Priority.HIGH, 64.3))),
                        ally(List.of(raise(1, Priority.CRITICAL, 71.0))));

        assertThat(difference.actions())
                .singleElement()
                .satisfies(
                        change -> {
                            assertThat(change.change()).isEqualTo(ActionChange.Change.CHANGED);
                            assertThat(change.priorityChanged()).isTrue();
                            assertThat(change.rankChanged()).isFalse();
                            assertThat(change.scoreChanged()).isTrue();
                        });
        assertThat(difference.summary()).isEqualTo("POL: BUD-1 HIGH → CRITICAL; score 64.3 → 71.0");
    }

    @Test
    void aScoreChangeTooSmallToShowIsNoChange() {
        AllyDifference difference =
                AllyDifference.of(
                        ally(List.of(raise(1, Priority.HIGH, 64.31))),
                        ally(List.of(raise(1, Priority.HIGH, 64.34))));

        assertThat(difference.isUnchanged()).isTrue();
        assertThat(difference.summary()).isEqualTo("POL: no change");
    }

    @Test
    void risksAreGainedLostAndChangedByRuleAndKind() {
        Risk stretched = risk("RISK-1", RiskKind.STRETCHED_CAPACITY, Priority.HIGH);
        Risk doubt = risk("RISK-2", RiskKind.RELIABILITY_REASSESSMENT, Priority.MEDIUM);
        Risk gap = risk("RISK-3", RiskKind.EMERGING_POWER_GAP, Priority.MEDIUM);

        AllyDifference difference =
                AllyDifference.of(
                        ally(List.of(), List.of(stretched, doubt)),
                        ally(
                                List.of(),
                                List.of(
                                        risk(
                                                "RISK-2",
                                                RiskKind.RELIABILITY_REASSESSMENT,
                                                Priority.HIGH),
                                        gap)));

        assertThat(difference.risks())
                .extracting(RiskChange::change)
                .containsExactly(
                        ActionChange.Change.CHANGED,
                        ActionChange.Change.GAINED,
                        ActionChange.Change.LOST);
        assertThat(difference.summary())
                .isEqualTo(
                        "POL: risk RISK-2 RELIABILITY_REASSESSMENT MEDIUM → HIGH; "
                                + "risk RISK-3 EMERGING_POWER_GAP (MEDIUM); no risk RISK-1 STRETCHED_CAPACITY (was HIGH)");
    }

    @Test
    void anAllyThatGainsItsFirstActionShowsNoScoreBefore() {
        AllyDifference difference =
                AllyDifference.of(ally(List.of()), ally(List.of(growth(1, Priority.MEDIUM, 51.3))));

        assertThat(difference.scoreBefore()).isNull();
        assertThat(difference.summary()).isEqualTo("POL: gains BUD-2 (MEDIUM); score - → 51.3");
    }

    static AllyAssessment ally(List<Action> actions) {
        return ally(actions, List.of());
    }

    static AllyAssessment ally(List<Action> actions, List<Risk> risks) {
        return new AllyAssessment(
                "POL", "Poland", "Europe-East", actions, risks, List.of(), List.of());
    }

    static Action raise(int rank, Priority priority, double score) {
        return action(rank, "raise-to-floor", "BUD-1", priority, score);
    }

    static Action growth(int rank, Priority priority, double score) {
        return action(rank, "growth-path", "BUD-2", priority, score);
    }

    private static Action action(
            int rank, String key, String rule, Priority priority, double score) {
        return new Action(
                rank,
                "POL/SUSTAINABLE_BUDGETS/" + key,
                List.of(rule),
                Category.SUSTAINABLE_BUDGETS,
                priority,
                score,
                null,
                rule + " title",
                "why",
                null,
                null,
                null,
                List.of());
    }

    private static Risk risk(String rule, RiskKind kind, Priority level) {
        return new Risk(rule, kind, level, 50.0, null, "why", null, null, null);
    }
}
