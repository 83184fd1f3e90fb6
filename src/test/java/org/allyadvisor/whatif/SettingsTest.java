package org.allyadvisor.whatif;

import static org.allyadvisor.rules.Fixtures.soundSet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.allyadvisor.facts.FactSet;
import org.allyadvisor.facts.read.BadFactsException;
import org.allyadvisor.facts.read.FactProblem;
import org.junit.jupiter.api.Test;

/**
 * Changes given outside any fact file: the command line's {@code --set}, and a program's own users,
 * whose messages name where the program took the change from, not an option they never typed.
 */
class SettingsTest {

    private static final List<Map.Entry<String, String>> WRONG =
            List.of(
                    Map.entry("AAA.budget.defensePctGdp", "-1"),
                    Map.entry("AAA.budget.defencePctGdp", "2"));

    @Test
    void aProgramNamesWhereItsChangesCameFrom() {
        assertThatThrownBy(() -> Settings.apply(soundSet(b -> b), WRONG, "variant 3"))
                .isInstanceOfSatisfying(
                        BadFactsException.class,
                        e ->
                                assertThat(e.problems())
                                        .extracting(FactProblem::toString)
                                        .hasSize(2)
                                        .allSatisfy(p -> assertThat(p).startsWith("variant 3"))
                                        .noneSatisfy(p -> assertThat(p).contains("--set")));
    }

    @Test
    void theCommandLinesChangesAreNamedByItsOption() {
        assertThatThrownBy(() -> Settings.apply(soundSet(b -> b), WRONG))
                .isInstanceOfSatisfying(
                        BadFactsException.class,
                        e ->
                                assertThat(e.problems())
                                        .extracting(FactProblem::toString)
                                        .allSatisfy(p -> assertThat(p).startsWith("--set")));
    }

    @Test
    void aChangeIsInPlaceUnderEitherName() throws Exception {
        List<Map.Entry<String, String>> raise =
                List.of(Map.entry("AAA.budget.defensePctGdp", "3.1"));

        FactSet changed = Settings.apply(soundSet(b -> b), raise, "form");

        assertThat(changed.ally("AAA").orElseThrow().budget().defensePctGdp()).isEqualTo(3.1);
        assertThat(changed).isEqualTo(Settings.apply(soundSet(b -> b), raise));
    }
}
