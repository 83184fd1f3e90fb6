package org.allyadvisor.facts.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The one-line, compiler-like form of a problem. */
class FactProblemTest {

    @Test
    void problemWithColumnReadsFileLineColumnFieldMessage() {
        assertThat(
                        new FactProblem(
                                        "facts/poland.yaml",
                                        12,
                                        7,
                                        "allies[POL].budget.defensePctGdp",
                                        "expected a number, got \"high\"")
                                .toString())
                .isEqualTo(
                        "facts/poland.yaml:12:7: allies[POL].budget.defensePctGdp: expected a number, got \"high\"");
    }

    @Test
    void problemWithoutColumnDropsIt() {
        assertThat(
                        new FactProblem(
                                        "facts/allies.csv",
                                        1,
                                        null,
                                        "region",
                                        "required column is missing")
                                .toString())
                .isEqualTo("facts/allies.csv:1: region: required column is missing");
    }

    @Test
    void wholeFileProblemHasNoLineAndNoField() {
        assertThat(new FactProblem("facts/poland.yaml", 0, null, "", "empty fact file").toString())
                .isEqualTo("facts/poland.yaml: empty fact file");
    }

    @Test
    void controlCharactersCannotBreakTheLine() {
        assertThat(new FactProblem("f.yaml", 1, 1, "a\nb", "bad\u0000value").toString())
                .isEqualTo("f.yaml:1:1: a?b: bad?value");
    }

    @Test
    void exceptionSortsProblemsByFileLineAndColumnAndJoinsThemByNewlines() {
        BadFactsException e =
                new BadFactsException(
                        List.of(
                                new FactProblem("b.yaml", 1, 1, "x", "four"),
                                new FactProblem("a.yaml", 3, 9, "x", "three"),
                                new FactProblem("a.yaml", 3, 2, "x", "two"),
                                new FactProblem("a.yaml", 0, null, "", "one")));

        assertThat(e.problems())
                .extracting(FactProblem::message)
                .containsExactly("one", "two", "three", "four");
        assertThat(e.getMessage())
                .isEqualTo(
                        "a.yaml: one\na.yaml:3:2: x: two\na.yaml:3:9: x: three\nb.yaml:1:1: x: four");
    }
}
