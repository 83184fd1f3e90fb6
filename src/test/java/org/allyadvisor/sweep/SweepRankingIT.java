package org.allyadvisor.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.allyadvisor.engine.AssessOptions;
import org.allyadvisor.engine.Assessor;
import org.allyadvisor.facts.FactSet;
import org.allyadvisor.facts.SupportLevel;
import org.allyadvisor.facts.read.FactReader;
import org.allyadvisor.rules.RuleSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The thresholds ranked on the shipped facts: about 1,200 whole assessments, so a whole-system
 * test. What it says of each threshold is checked by assessing the window's ends directly.
 */
class SweepRankingIT {

    private static RuleSet rules;
    private static FactSet facts;
    private static Tornado tornado;

    @BeforeAll
    static void rankTheShippedThresholds() throws Exception {
        rules = RuleSet.builtIn();
        facts = FactReader.read(Path.of("facts"));
        tornado = new Sweep(rules).tornado(facts);
    }

    @Test
    void everyThresholdTheRulesReadIsRankedWithThePriorityCutOffs() {
        long read =
                rules.numericThresholds().keySet().stream()
                        .filter(
                                p ->
                                        !p.startsWith("supportLevels.")
                                                && rules.thresholdsReadByRules().stream()
                                                        .anyMatch(
                                                                r ->
                                                                        p.equals(r)
                                                                                || p.startsWith(
                                                                                        r + ".")))
                        .count();

        assertThat(tornado.rows()).hasSize((int) read + 3);
        assertThat(tornado.rows())
                .extracting(TornadoRow::threshold)
                .doesNotHaveDuplicates()
                .contains(
                        "budget.floorPctGdp", "risk.highThreatLevel", "scoring.priorityFrom.HIGH");
    }

    @Test
    void theMostAlliesFlippingComeFirst() {
        List<TornadoRow> rows = tornado.rows();
        for (int i = 1; i < rows.size(); i++) {
            assertThat(rows.get(i).allies()).isLessThanOrEqualTo(rows.get(i - 1).allies());
        }
        // on the shipped facts, where the NATO floor is drawn moves many allies' advice
        assertThat(rows.subList(0, 5))
                .extracting(TornadoRow::threshold)
                .contains("budget.floorPctGdp");
    }

    @Test
    void everyAllyWhoseAdviceDiffersAtAnEndOfTheWindowIsNamed() throws Exception {
        Assessor assessor = new Assessor(rules);
        Outcome now = Outcome.of(assessor.assess(facts));
        for (TornadoRow row : tornado.rows().subList(0, 6)) {
            Outcome lo =
                    Outcome.of(
                            assessor.of(rules.withThreshold(row.threshold(), row.window().lo()))
                                    .assess(facts));
            Outcome hi =
                    Outcome.of(
                            assessor.of(rules.withThreshold(row.threshold(), row.window().hi()))
                                    .assess(facts));
            for (String ally : now.byAlly().keySet()) {
                if (!lo.of(ally).equals(now.of(ally))) {
                    assertThat(row.alliesBelow())
                            .as(row.threshold() + " at " + row.window().lo())
                            .contains(ally);
                }
                if (!hi.of(ally).equals(now.of(ally))) {
                    assertThat(row.alliesAbove())
                            .as(row.threshold() + " at " + row.window().hi())
                            .contains(ally);
                }
            }
        }
    }

    @Test
    void underMinimalSupportAnOverriddenThresholdIsRankedAsItsOverride() throws Exception {
        Tornado minimal =
                new Sweep(rules, new AssessOptions(SupportLevel.MINIMAL, List.of(), null), 2)
                        .tornado(facts);

        assertThat(minimal.rows())
                .extracting(TornadoRow::threshold)
                .contains("supportLevels.MINIMAL.overrides.risk.highThreatLevel")
                .doesNotContain("risk.highThreatLevel");
    }
}
