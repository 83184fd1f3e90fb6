package org.allyadvisor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.allyadvisor.engine.Assessor;
import org.allyadvisor.facts.read.FactReader;
import org.allyadvisor.results.Action;
import org.allyadvisor.results.AllyAssessment;
import org.allyadvisor.results.Assessment;
import org.allyadvisor.results.Coalition;
import org.allyadvisor.results.Risk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Advice does not depend on the order rule files load in: decisions wait for every classification.
 */
class RuleFileOrderTest {

    @TempDir Path temp;

    private static List<String> advice(Assessment result) {
        List<String> lines = new ArrayList<>();
        for (AllyAssessment ally : result.allies()) {
            for (Action action : ally.actions()) {
                lines.add(
                        action.id()
                                + " "
                                + action.ruleIds()
                                + " "
                                + action.priority()
                                + " "
                                + action.rationale());
            }
            for (Risk risk : ally.risks()) {
                lines.add(
                        ally.id()
                                + " "
                                + risk.kind()
                                + " "
                                + risk.level()
                                + " "
                                + risk.rationale());
            }
        }
        for (Coalition coalition : result.coalitions()) {
            lines.add(
                    coalition.region() + " " + coalition.capability() + " " + coalition.members());
        }
        return lines;
    }

    @Test
    void decisionFilesLoadedBeforeTheClassificationsGiveTheSameAdvice() throws Exception {
        RuleFolder folder = RuleFolder.copyOfShipped(temp);
        for (String decisions : List.of("risks.drl", "regional.drl", "us-assistance.drl")) {
            Files.move(folder.dir().resolve(decisions), folder.dir().resolve("0-" + decisions));
        }
        var facts = FactReader.read(Path.of("facts/examples/synthetic"));

        List<String> reordered = advice(new Assessor(RuleSet.load(folder.dir())).assess(facts));

        assertThat(reordered)
                .isNotEmpty()
                .isEqualTo(advice(new Assessor(Fixtures.shippedRules()).assess(facts)));
    }
}
