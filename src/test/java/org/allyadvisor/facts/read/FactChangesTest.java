package org.allyadvisor.facts.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.allyadvisor.facts.Ally;
import org.allyadvisor.facts.Dependence;
import org.allyadvisor.facts.FactSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Changes to single ally fields, written outside the fact file, checked as the fact file's values
 * are.
 */
class FactChangesTest {

    private static final String FACTS =
            """
            allies:
              - {id: AAA, name: A, region: R, budget: {defensePctGdp: 3.0}, usSupport: {dependence: LOW}}
              - {id: BBB, name: B, region: R}
            """;

    @TempDir Path dir;

    private Node changes(String yaml) throws IOException, BadFactsException {
        Path file = Files.writeString(dir.resolve("changes.yaml"), yaml);
        return FactReader.yamlTree(file, "changes.yaml");
    }

    private static FactSet facts() throws BadFactsException {
        return FactReader.read(FACTS, "facts.yaml");
    }

    @Test
    void changesReplaceTheValuesTheyNameAndNothingElse() throws Exception {
        FactSet changed =
                FactChanges.apply(
                        facts(),
                        changes(
                                """
                AAA.usSupport.dependence: high
                AAA.budget.realChangeByYear: {2023: 1.5, 2024: -2}
                BBB.memberships: [NATO, EU]
                """),
                        "changes.yaml");

        Ally first = changed.ally("AAA").orElseThrow();
        assertThat(first.usSupport().dependence()).isEqualTo(Dependence.HIGH);
        assertThat(first.budget().realChangeByYear()).isEqualTo(Map.of(2023, 1.5, 2024, -2.0));
        assertThat(first.budget().defensePctGdp()).isEqualTo(3.0);
        assertThat(changed.ally("BBB").orElseThrow().memberships()).containsExactly("NATO", "EU");
    }

    @Test
    void aMissingValueMakesTheFieldAGap() throws Exception {
        FactSet changed =
                FactChanges.apply(
                        facts(), changes("AAA.budget.defensePctGdp: ~\n"), "changes.yaml");

        assertThat(changed.ally("AAA").orElseThrow().budget().defensePctGdp()).isNull();
    }

    @Test
    void everyWrongChangeIsReportedWhereItIsWritten() throws Exception {
        Node wrong =
                changes(
                        """
                AAA.budget.defensePct: 1.9
                AAA.ties: []
                budget: 2
                ABA.threat.level: 3
                AAA.threat.level: 3.5
                AAA.threat.level: 2
                AAA.threat.level: 4
                """);

        BadFactsException failure =
                catchThrowableOfType(
                        BadFactsException.class,
                        () -> FactChanges.apply(facts(), wrong, "changes.yaml"));

        assertThat(failure.problems())
                .extracting(FactProblem::toString)
                .containsExactly(
                        "changes.yaml:1:1: AAA.budget.defensePct: unknown field 'budget.defensePct'; did you mean "
                                + "'budget.defensePctGdp'?",
                        "changes.yaml:2:1: AAA.ties: ties join two allies and cannot be changed one ally at a time; write the "
                                + "facts with the ties wanted, in a file or inline",
                        "changes.yaml:3:1: budget: expected ALLY.FIELD, such as AAA.budget.defensePctGdp, got 'budget'",
                        "changes.yaml:4:1: ABA.threat.level: no ally 'ABA' in the facts; did you mean 'AAA'?",
                        "changes.yaml:5:19: AAA.threat.level: expected a whole number, got 3.5",
                        "changes.yaml:6:1: AAA.threat.level: duplicate field 'AAA.threat.level'",
                        "changes.yaml:7:1: AAA.threat.level: duplicate field 'AAA.threat.level'");
    }

    @Test
    void aShareOfGdpDerivedFromSpendingIsDerivedAgainFromChangedSpending() throws Exception {
        FactSet facts =
                FactReader.read(
                        """
                allies:
                  - {id: AAA, name: A, region: R, budget: {gdpUsdBn: 500, defenseUsdM: 18000}}
                  - {id: BBB, name: B, region: R, budget: {gdpUsdBn: 500, defenseUsdM: 18000, defensePctGdp: 3.3}}
                """,
                        "facts.yaml");

        FactSet changed =
                FactChanges.apply(
                        facts,
                        changes(
                                """
                AAA.budget.defenseUsdM: 9000
                BBB.budget.defenseUsdM: 9000
                """),
                        "changes.yaml");

        assertThat(facts.ally("AAA").orElseThrow().budget().defensePctGdp()).isEqualTo(3.6);
        assertThat(changed.ally("AAA").orElseThrow().budget().defensePctGdp()).isEqualTo(1.8);
        assertThat(changed.ally("BBB").orElseThrow().budget().defensePctGdp())
                .as("given apart from spending: kept")
                .isEqualTo(3.3);
    }
}
