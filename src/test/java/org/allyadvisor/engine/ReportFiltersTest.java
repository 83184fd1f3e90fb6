package org.allyadvisor.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.allyadvisor.advice.Category;
import org.allyadvisor.advice.Priority;
import org.allyadvisor.facts.FactSet;
import org.allyadvisor.facts.read.FactReader;
import org.allyadvisor.results.Action;
import org.allyadvisor.results.AllyAssessment;
import org.allyadvisor.results.Assessment;
import org.allyadvisor.results.Risk;
import org.allyadvisor.rules.Fixtures;
import org.junit.jupiter.api.Test;

/** Filters choose what is reported, never what is assessed or how it ranks. */
class ReportFiltersTest {

    private final Assessor assessor = new Assessor(Fixtures.shippedRules());

    @Test
    void categoryFilterReportsTheSameActionsWithTheirRanksAmongAll() throws Exception {
        FactSet facts = FactReader.read(Path.of("facts"));
        Assessment all = assessor.assess(facts);

        Assessment budgets =
                assessor.assess(
                        facts,
                        AssessOptions.DEFAULTS.withCategories(
                                Set.of(Category.SUSTAINABLE_BUDGETS)));

        for (AllyAssessment ally : all.allies()) {
            List<Action> expected =
                    ally.actions().stream()
                            .filter(a -> a.category() == Category.SUSTAINABLE_BUDGETS)
                            .toList();
            assertThat(budgets.ally(ally.id()).orElseThrow().actions()).isEqualTo(expected);
        }
        assertThat(budgets.portfolio())
                .allSatisfy(
                        entry -> assertThat(entry.actionId()).contains("/SUSTAINABLE_BUDGETS/"));
    }

    @Test
    void minPriorityDropsActionsAndRisksBelowIt() throws Exception {
        FactSet facts = FactReader.read(Path.of("facts"));
        Assessment all = assessor.assess(facts);

        Assessment high =
                assessor.assess(facts, AssessOptions.DEFAULTS.withMinPriority(Priority.HIGH));

        long highActions =
                all.allies().stream()
                        .flatMap(a -> a.actions().stream())
                        .filter(a -> a.priority() == Priority.HIGH)
                        .count();
        assertThat(high.allies().stream().flatMap(a -> a.actions().stream()))
                .hasSize((int) highActions)
                .allSatisfy(a -> assertThat(a.priority()).isGreaterThanOrEqualTo(Priority.HIGH));
        assertThat(high.allies().stream().flatMap(a -> a.risks().stream()).map(Risk::level))
                .allSatisfy(level -> assertThat(level).isGreaterThanOrEqualTo(Priority.HIGH));
        assertThat(highActions).isPositive();
    }
}
