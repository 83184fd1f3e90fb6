package org.allyadvisor.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.allyadvisor.rules.Fixtures;
import org.allyadvisor.rules.RuleSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The scenarios shipped in rules/scenarios: the policy officer's copy of the rule tests. */
class ShippedScenariosTest {

    private static RuleSet rules;
    private static List<ScenarioFile> files;
    private static TestRun run;

    @BeforeAll
    static void runShippedScenarios() throws Exception {
        rules = Fixtures.shippedRules();
        files = Scenarios.ofRuleFolder(Path.of("rules"), rules);
        run = new ScenarioRunner(rules).run(files);
    }

    @Test
    void everyShippedCasePasses() {
        assertThat(run.cases())
                .filteredOn(c -> !c.passed())
                .extracting(c -> c.scenarioCase().title())
                .isEmpty();
        assertThat(run.cases()).isNotEmpty();
    }

    @Test
    void everyCatalogueRuleFiresInSomeCase() {
        assertThat(run.coverage().unexercised())
                .as("catalogue rules no shipped scenario makes fire")
                .isEmpty();
        assertThat(run.coverage().firedBy().keySet()).isEqualTo(rules.catalogueById().keySet());
    }

    @Test
    void everyCatalogueRuleHasACaseExpectingItToFire() {
        Set<String> expectedToFire = named(Expectation::present);

        assertThat(rules.catalogueById().keySet())
                .allSatisfy(
                        id ->
                                assertThat(expectedToFire)
                                        .as("a case that expects %s to fire", id)
                                        .contains(id));
    }

    @Test
    void everyCatalogueRuleHasANearMiss() {
        Set<String> expectedAbsent = named(e -> !e.present());

        assertThat(rules.catalogueById().keySet())
                .allSatisfy(
                        id ->
                                assertThat(expectedAbsent)
                                        .as(
                                                "a case that expects %s absent just on the other side of its line",
                                                id)
                                        .contains(id));
    }

    /** The rule ids that the expectations of passing cases name. */
    private static Set<String> named(Predicate<Expectation> which) {
        Set<String> ids = new TreeSet<>();
        run.cases().stream()
                .filter(CaseResult::passed)
                .flatMap(c -> c.scenarioCase().expectations().stream())
                .filter(which)
                .map(Expectation::rule)
                .filter(id -> id != null)
                .forEach(ids::add);
        return ids;
    }

    @Test
    void everyShippedScenarioFileNamesItselfAndSaysWhatItCovers() {
        assertThat(files)
                .allSatisfy(
                        file -> {
                            assertThat(file.name()).isNotBlank();
                            assertThat(file.description()).isNotBlank();
                        });
    }
}
