package org.allyadvisor.rules;

import static org.allyadvisor.rules.RuleFormsTest.lineOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rows of the threat level × maturity table that overlap, or leave a cell no row covers. */
class DecisionTableChecksTest {

    @TempDir Path temp;

    @Test
    void shippedTableIsSound() throws Exception {
        assertThat(DecisionTableChecks.check(Fixtures.shippedRules())).isEmpty();
        assertThat(DecisionTableChecks.check(RuleSet.builtIn())).isEmpty();
    }

    @Test
    void rowThatStopsShortOfTheHighestThreatLeavesAGap() throws Exception {
        RuleFolder rules =
                RuleFolder.copyOfShipped(temp)
                        .replaceIn(
                                "technology.csv",
                                "CYBER_DEFENSE,1,5,false,",
                                "CYBER_DEFENSE,1,3,false,");

        assertThat(DecisionTableChecks.check(RuleSet.load(rules.dir())))
                .extracting(RuleWarning::toString)
                .containsExactly(gap(rules, "4"), gap(rules, "5"));
    }

    @Test
    void rowsThatShareACellOverlap() throws Exception {
        RuleFolder rules =
                RuleFolder.copyOfShipped(temp)
                        .replaceIn(
                                "technology.csv",
                                "CYBER_DEFENSE,1,5,false,",
                                "CYBER_DEFENSE,1,5,,");

        assertThat(DecisionTableChecks.check(RuleSet.load(rules.dir())))
                .extracting(RuleWarning::toString)
                .hasSize(5)
                .first()
                .isEqualTo(
                        rules.shown("technology.csv")
                                + ":"
                                + lineOf("technology.csv", "Cyber defense short of")
                                + ": warning: overlaps row "
                                + lineOf("technology.csv", "Cyber defense far short")
                                + " (technology CYBER_DEFENSE): both give the priority for threat "
                                + "level 1 with a severe shortfall");
    }

    @Test
    void xlsxTableIsCheckedLikeTheCsv() throws Exception {
        RuleFolder rules =
                RuleFolder.copyOfShipped(temp)
                        .delete("technology.csv")
                        .withResource("forms/technology.xlsx", "technology.xlsx");

        assertThat(DecisionTableChecks.check(RuleSet.load(rules.dir()))).isEmpty();
    }

    @Test
    void ruleSetWithoutTablesHasNothingToCheck() throws Exception {
        RuleFolder rules =
                RuleFolder.copyOfShipped(temp)
                        .delete("technology.csv")
                        .withResource("forms/drl-before-forms/technology.drl", "technology.drl");

        assertThat(DecisionTableChecks.check(RuleSet.load(rules.dir()))).isEmpty();
    }

    private static String gap(RuleFolder rules, String level) throws Exception {
        return rules.shown("technology.csv")
                + ":"
                + lineOf("technology.csv", "Cyber defense far short")
                + ": warning: gap (technology CYBER_DEFENSE): no row gives the priority for threat level "
                + level
                + " with a shortfall short of severe, so such an ally gets no advice";
    }
}
