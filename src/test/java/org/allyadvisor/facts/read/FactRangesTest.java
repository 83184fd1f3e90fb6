package org.allyadvisor.facts.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.List;
import org.allyadvisor.facts.FactRange;
import org.allyadvisor.facts.FactSet;
import org.junit.jupiter.api.Test;

class FactRangesTest {

    private static final Path NEAR_AND_FAR =
            Path.of("src/test/resources/uncertainty/near-and-far.yaml");
    private static final Path BAD = Path.of("src/test/resources/uncertainty/bad-ranges.yaml");

    @Test
    void aRangeWithoutAlliesSpeaksForEveryAlly() throws BadFactsException {
        FactSet facts = FactReader.read(NEAR_AND_FAR);

        FactRange near = facts.ranges().of("XNR", "budget.defensePctGdp").orElseThrow();
        assertThat(near)
                .isEqualTo(
                        new FactRange(
                                "budget.defensePctGdp",
                                0.1,
                                false,
                                "test data: a share known to a tenth of a point",
                                false,
                                NEAR_AND_FAR + ":17"));
        assertThat(facts.ranges().of("XFR", "budget.defensePctGdp")).isPresent();
    }

    @Test
    void aPercentRangeIsAShareOfTheValueAndMayBeAJudgement() throws BadFactsException {
        FactSet facts = FactReader.read(NEAR_AND_FAR);

        FactRange equipment = facts.ranges().of("XFR", "budget.equipmentPct").orElseThrow();
        assertThat(equipment.percent()).isTrue();
        assertThat(equipment.judgement()).isTrue();
        assertThat(equipment.halfWidth(30)).isEqualTo(3.0);
        assertThat(equipment.text()).isEqualTo("±10%");
        assertThat(facts.ranges().of("XNR", "budget.equipmentPct")).isEmpty();
    }

    @Test
    void factsWithoutAnUncertaintySectionAreExact() throws BadFactsException {
        FactSet facts = FactReader.read(Path.of("src/test/resources/cli/two-allies.yaml"));

        assertThat(facts.ranges().isEmpty()).isTrue();
    }

    @Test
    void everyBadRangeIsReportedWithItsLine() {
        BadFactsException bad =
                catchThrowableOfType(BadFactsException.class, () -> FactReader.read(BAD));

        List<String> lines = bad.problems().stream().map(FactProblem::toString).toList();
        assertThat(lines)
                .containsExactly(
                        BAD
                                + ":10:14: uncertainty[0].fields: unknown field 'budget.defensePctGpd'; did you mean 'budget.defensePctGdp'?",
                        BAD
                                + ":14:12: uncertainty[1].range: 'x' is not a number; write the width as ±0.1 or ±5%",
                        BAD
                                + ":17:12: uncertainty[2].range: the width must not be negative, got -2",
                        BAD
                                + ":19:14: uncertainty[3].fields: 'name' is not a number; only numeric fields can have a range",
                        BAD
                                + ":23:12: uncertainty[4].range: expected a width as ±WIDTH (in the field's unit) or ±PERCENT%,"
                                + " e.g. ±0.1 or ±5%, got '2'");
    }

    @Test
    void aRangeForAnAllyNotInTheSetIsRefused() {
        String text =
                """
                allies:
                  - {id: XNR, name: Nearland, region: Test, budget: {defensePctGdp: 1.98}}
                uncertainty:
                  - {fields: [budget.defensePctGdp], allies: [XNR, XNT], range: ±0.1, basis: one}
                """;

        BadFactsException bad =
                catchThrowableOfType(
                        BadFactsException.class, () -> FactReader.read(text, "unknown.yaml"));

        assertThat(bad.problems())
                .extracting(FactProblem::toString)
                .containsExactly(
                        "unknown.yaml:4:52: uncertainty.allies: no ally 'XNT' in the fact set");
    }

    @Test
    void aValueGivenTwoRangesIsRefused() {
        String text =
                """
                allies:
                  - {id: XNR, name: Nearland, region: Test, budget: {defensePctGdp: 1.98}}
                uncertainty:
                  - {fields: [budget.defensePctGdp], range: ±0.1, basis: one}
                  - {fields: [budget.defensePctGdp], allies: [XNR], range: ±0.2, basis: two}
                """;

        BadFactsException bad =
                catchThrowableOfType(
                        BadFactsException.class, () -> FactReader.read(text, "twice.yaml"));

        assertThat(bad.problems())
                .extracting(FactProblem::toString)
                .containsExactly(
                        "twice.yaml:5:15: uncertainty.fields: the range of budget.defensePctGdp for XNR is already declared at twice.yaml:4");
    }
}
