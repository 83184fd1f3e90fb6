package org.allyadvisor.engine;

import static org.allyadvisor.rules.Fixtures.shippedRules;
import static org.allyadvisor.rules.Fixtures.soundSet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.allyadvisor.advice.Priority;
import org.allyadvisor.facts.Ally;
import org.allyadvisor.facts.Budget;
import org.allyadvisor.facts.Capabilities;
import org.allyadvisor.facts.FactSet;
import org.allyadvisor.facts.Interoperability;
import org.allyadvisor.facts.SupportLevel;
import org.allyadvisor.report.JsonReport;
import org.allyadvisor.results.Action;
import org.allyadvisor.results.Assessment;
import org.allyadvisor.results.DataGap;
import org.junit.jupiter.api.Test;

class AssessorTest {

    /** AAA below the floor with weak capabilities and few exercises: several actions to rank. */
    static final FactSet TROUBLED =
            soundSet(
                    b ->
                            b.budget(new Budget(500.0, 9000.0, 1.8, 15.0, 3.0))
                                    .capabilities(new Capabilities(1, 2, 3))
                                    .interoperability(
                                            new Interoperability(65, 2, List.of("NATO"))));

    private final Assessor assessor = new Assessor(shippedRules());

    @Test
    void actionsAreRankedByScoreThenPriorityThenDistanceThenId() throws Exception {
        List<Action> actions = assessor.assess(TROUBLED).ally("AAA").orElseThrow().actions();

        assertThat(actions).extracting(Action::rank).containsExactly(1, 2, 3, 4, 5);
        assertThat(actions)
                .extracting(Action::id)
                .containsExactly(
                        "AAA/DEFENSE_TECHNOLOGY/upgrade-cyber-defense",
                        "AAA/SUSTAINABLE_BUDGETS/raise-to-floor",
                        // both MEDIUM, both half way to full distance (2 of 4 exercises missing, 5
                        // of 10 points
                        // of equipment share): equal in every way but their ids
                        "AAA/INTEROPERABILITY/expand-joint-training",
                        "AAA/SUSTAINABLE_BUDGETS/shift-to-capability",
                        "AAA/DEFENSE_TECHNOLOGY/upgrade-missile-defense");
        assertThat(actions).extracting(Action::score).containsExactly(63.8, 57.5, 46.2, 46.2, 44.5);
        assertThat(actions)
                .extracting(Action::priority)
                .containsExactly(
                        Priority.HIGH,
                        Priority.MEDIUM,
                        Priority.MEDIUM,
                        Priority.MEDIUM,
                        Priority.MEDIUM);
    }

    @Test
    void topKeepsOnlyTheMostUrgentActions() throws Exception {
        Assessment result = assessor.assess(TROUBLED, AssessOptions.DEFAULTS.withTop(2));

        assertThat(result.ally("AAA").orElseThrow().actions())
                .extracting(Action::rank)
                .containsExactly(1, 2);
        assertThat(result.portfolio()).hasSize(2);
    }

    @Test
    void allyFilterReportsOnlyTheNamedAllies() throws Exception {
        Assessment result =
                assessor.assess(TROUBLED, AssessOptions.DEFAULTS.withAllies(List.of("BBB")));

        assertThat(result.allies()).extracting(a -> a.id()).containsExactly("BBB");
    }

    @Test
    void factsBuiltInCodeThatBreakTheVocabularyAreRejected() {
        FactSet broken =
                soundSetWithFirst(
                        aaa ->
                                new Ally(
                                        aaa.id(),
                                        aaa.name(),
                                        aaa.region(),
                                        aaa.memberships(),
                                        aaa.budget(),
                                        aaa.usSupport(),
                                        aaa.interoperability(),
                                        aaa.capabilities(),
                                        new org.allyadvisor.facts.Threat(9, null),
                                        aaa.diplomacy(),
                                        aaa.ties()));

        assertThatThrownBy(() -> assessor.assess(broken))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(
                        "facts break the fact vocabulary: allies[AAA].threat.level: 9 is above 5");
    }

    @Test
    void realChangeByYearBuiltInCodeIsCheckedYearByYear() {
        FactSet broken =
                soundSetWithFirst(
                        aaa ->
                                new Ally(
                                        aaa.id(),
                                        aaa.name(),
                                        aaa.region(),
                                        aaa.memberships(),
                                        new Budget(
                                                500.0,
                                                18000.0,
                                                3.6,
                                                30.0,
                                                3.0,
                                                java.util.Map.of(1850, 1.0, 2023, -150.0)),
                                        aaa.usSupport(),
                                        aaa.interoperability(),
                                        aaa.capabilities(),
                                        aaa.threat(),
                                        aaa.diplomacy(),
                                        aaa.ties()));

        assertThatThrownBy(() -> assessor.assess(broken))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(
                        "facts break the fact vocabulary: allies[AAA].budget.realChangeByYear.1850: not a year from "
                                + "1900 to 2100; allies[AAA].budget.realChangeByYear.2023: -150.0 is below -100");
    }

    /**
     * The sound set with AAA replaced through the record's constructor, which checks no range (the
     * builders do): how a caller could hand over facts that only {@code Assessor}'s own check
     * stops.
     */
    private static FactSet soundSetWithFirst(java.util.function.UnaryOperator<Ally> change) {
        FactSet sound = soundSet(b -> b);
        List<Ally> allies = new ArrayList<>(sound.allies());
        allies.set(0, change.apply(allies.get(0)));
        return new FactSet(sound.meta(), sound.regions(), allies);
    }

    @Test
    void duplicateAllyIdsBuiltInCodeAreRejected() {
        FactSet twice =
                new FactSet(
                        TROUBLED.meta(),
                        TROUBLED.regions(),
                        List.of(TROUBLED.allies().get(0), TROUBLED.allies().get(0)));

        assertThatThrownBy(() -> assessor.assess(twice))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("allies[AAA]: duplicate ally id");
    }

    @Test
    void unknownAllyInOptionsIsRejected() {
        assertThatThrownBy(
                        () ->
                                assessor.assess(
                                        TROUBLED,
                                        AssessOptions.DEFAULTS.withAllies(List.of("ZZZ"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no ally 'ZZZ' in the fact set");
    }

    @Test
    void supportOverrideReplacesTheFactSetScenario() throws Exception {
        Assessment result =
                assessor.assess(TROUBLED, AssessOptions.DEFAULTS.withSupport(SupportLevel.MINIMAL));

        assertThat(result.factSet().usSupportLevel()).isEqualTo(SupportLevel.MINIMAL);
        // the same HIGH severity weighs more when the US gives less: 100 x 0.8 x 0.9 x 1.0 x 0.933
        assertThat(result.ally("AAA").orElseThrow().actions().get(0).score()).isEqualTo(67.2);
    }

    @Test
    void missingFactsBecomeDataGapsNamingTheRulesTheyBlocked() throws Exception {
        Assessment result = assessor.assess(soundSet(b -> b.interoperability(null)));

        assertThat(result.ally("AAA").orElseThrow().dataGaps())
                .containsExactly(
                        new DataGap("interoperability.intelSharing", List.of("INT-2")),
                        new DataGap("interoperability.jointExercisesPerYear", List.of("INT-3")),
                        new DataGap("interoperability.score", List.of("INT-1", "US-1", "US-3")));
        assertThat(result.ally("AAA").orElseThrow().actions()).isEmpty();
    }

    @Test
    void ruleEvaluatedWithoutItsEscalationIsNotADataGap() throws Exception {
        Assessment result =
                assessor.assess(
                        soundSet(
                                b ->
                                        b.budget(
                                                        new Budget(
                                                                500.0,
                                                                9000.0,
                                                                1.8,
                                                                30.0,
                                                                3.0,
                                                                java.util.Map.of(
                                                                        2023, 3.0, 2024, 3.0)))
                                                .threat(null)));

        var ally = result.ally("AAA").orElseThrow();
        assertThat(ally.actions())
                .extracting(Action::id)
                .contains("AAA/SUSTAINABLE_BUDGETS/raise-to-floor");
        // BUD-1 ran; only its escalation to CRITICAL needed the threat level
        assertThat(ally.dataGaps())
                .containsExactly(
                        new DataGap("threat.domains", List.of("TECH-4")),
                        new DataGap(
                                "threat.level",
                                List.of(
                                        "BUD-5", "RISK-1", "TECH-1", "TECH-2", "TECH-3", "TECH-4",
                                        "US-1")));
    }

    @Test
    void sameFactsAndRulesGiveIdenticalBytes() throws Exception {
        String first = JsonReport.render(assessor.assess(TROUBLED));
        String second = JsonReport.render(new Assessor(shippedRules()).assess(TROUBLED));

        assertThat(second).isEqualTo(first);
    }

    @Test
    void oneAssessorServesManyThreadsWithTheSameResult() throws Exception {
        String expected = JsonReport.render(assessor.assess(TROUBLED));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> runs = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                runs.add(pool.submit(() -> JsonReport.render(assessor.assess(TROUBLED))));
            }
            for (Future<String> run : runs) {
                assertThat(run.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
