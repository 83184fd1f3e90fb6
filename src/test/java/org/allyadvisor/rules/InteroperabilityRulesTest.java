package org.allyadvisor.rules;

import static org.allyadvisor.rules.Fixtures.actionOfFirst;
import static org.allyadvisor.rules.Fixtures.assess;
import static org.allyadvisor.rules.Fixtures.soundSet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.List;
import org.allyadvisor.advice.Category;
import org.allyadvisor.advice.Priority;
import org.allyadvisor.facts.Interoperability;
import org.allyadvisor.results.Action;
import org.allyadvisor.results.Assessment;
import org.junit.jupiter.api.Test;

class InteroperabilityRulesTest {

    private static final String TRAINING = "INTEROPERABILITY/expand-joint-training";

    @Test
    void interoperabilityBelowLowScore() {
        Assessment result =
                assess(
                        soundSet(
                                b ->
                                        b.interoperability(
                                                new Interoperability(49, 10, List.of("NATO")))));

        Action action = actionOfFirst(result, TRAINING);
        assertThat(action.ruleIds()).containsExactly("INT-1");
        assertThat(action.category()).isEqualTo(Category.INTEROPERABILITY);
        assertThat(action.scoring().severity()).isEqualTo(Priority.HIGH);
        assertThat(action.evidence().values())
                .containsExactly(
                        entry("interoperability.score", 49),
                        entry("threshold.interoperability.lowScore", 50),
                        entry("distance.interoperabilityPointsBelow", 1.0));
    }

    @Test
    void interoperabilityJustAtLowScoreDoesNotFire() {
        Assessment result =
                assess(
                        soundSet(
                                b ->
                                        b.interoperability(
                                                new Interoperability(50, 10, List.of("NATO")))));

        assertThat(actionOfFirst(result, TRAINING)).isNull();
    }

    @Test
    void noIntelligenceSharingFramework() {
        Assessment result =
                assess(soundSet(b -> b.interoperability(new Interoperability(65, 10, List.of()))));

        Action action = actionOfFirst(result, "INTEROPERABILITY/cultivate-intelligence-sharing");
        assertThat(action.ruleIds()).containsExactly("INT-2");
        assertThat(action.priority()).isEqualTo(Priority.HIGH);
        assertThat(action.evidence().values())
                .containsExactly(entry("interoperability.intelSharing", List.of()));
    }

    @Test
    void oneIntelligenceSharingFrameworkDoesNotFire() {
        Assessment result =
                assess(
                        soundSet(
                                b ->
                                        b.interoperability(
                                                new Interoperability(
                                                        65, 10, List.of("FiveEyes")))));

        assertThat(actionOfFirst(result, "INTEROPERABILITY/cultivate-intelligence-sharing"))
                .isNull();
    }

    @Test
    void fewJointExercises() {
        Assessment result =
                assess(
                        soundSet(
                                b ->
                                        b.interoperability(
                                                new Interoperability(65, 3, List.of("NATO")))));

        Action action = actionOfFirst(result, TRAINING);
        assertThat(action.ruleIds()).containsExactly("INT-3");
        assertThat(action.scoring().severity()).isEqualTo(Priority.MEDIUM);
        assertThat(action.evidence().values())
                .containsExactly(
                        entry("interoperability.jointExercisesPerYear", 3),
                        entry("threshold.interoperability.minJointExercisesPerYear", 4),
                        entry("distance.exercisesMissing", 1.0));
    }

    @Test
    void jointExercisesJustAtMinimumDoNotFire() {
        Assessment result =
                assess(
                        soundSet(
                                b ->
                                        b.interoperability(
                                                new Interoperability(65, 4, List.of("NATO")))));

        assertThat(actionOfFirst(result, TRAINING)).isNull();
    }

    @Test
    void lowScoreAndFewExercisesBecomeOneActionCitingBoth() {
        Assessment result =
                assess(
                        soundSet(
                                b ->
                                        b.interoperability(
                                                new Interoperability(40, 2, List.of("NATO")))));

        Action action = actionOfFirst(result, TRAINING);
        assertThat(action.ruleIds()).containsExactly("INT-1", "INT-3");
        assertThat(action.priority()).isEqualTo(Priority.HIGH);
        assertThat(action.rule().name())
                .isEqualTo("Interoperability too low for shared operations");
        assertThat(action.evidence().values())
                .containsKeys("interoperability.score", "interoperability.jointExercisesPerYear");
        assertThat(Fixtures.first(result).actions())
                .filteredOn(a -> a.id().equals("AAA/" + TRAINING))
                .hasSize(1);
    }

    @Test
    void mergedActionCitesEveryRuleWithItsPassageAndLine() {
        Assessment result =
                assess(
                        soundSet(
                                b ->
                                        b.interoperability(
                                                new Interoperability(40, 2, List.of("NATO")))));

        Action action = actionOfFirst(result, TRAINING);
        assertThat(action.citations())
                .extracting(c -> c.ruleId())
                .containsExactly("INT-1", "INT-3");
        assertThat(action.citations().get(0).rule()).isEqualTo(action.rule());
        assertThat(action.citations().get(1).rule().name()).isEqualTo("Few joint exercises a year");
        assertThat(action.citations().get(1).rule().file()).endsWith("interoperability.drl");
        assertThat(action.citations().get(1).rule().line()).isPositive();
        assertThat(action.citations().get(1).source().passage())
                .startsWith("pursue joint training exercises");
    }
}
