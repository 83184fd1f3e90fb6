package org.allyadvisor.facts.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whatever the input, only BadFactsException leaves the reader, with one readable line per problem.
 */
class GarbageInputTest {

    static Stream<Arguments> garbage() {
        String binary = "\u0000\u0001\u0002\u00ff\ufffd\u0007binary\u001b[0m";
        return Stream.of(
                Arguments.of("binary.yaml", binary),
                Arguments.of("binary.json", binary),
                Arguments.of("allies.csv", binary),
                Arguments.of("ties.csv", binary),
                Arguments.of("list.yaml", "- POL\n- LTU\n"),
                Arguments.of("scalar.yaml", "Poland\n"),
                Arguments.of("null.json", "null"),
                Arguments.of("string.json", "\"\""),
                Arguments.of("number.json", "42"),
                Arguments.of("tilde.yaml", "~\n"),
                Arguments.of(
                        "alias.yaml",
                        "allies:\n  - &pol {id: POL, name: Poland, region: E}\n  - *pol\n"),
                Arguments.of("binary-tag.yaml", "allies: !!binary AAAA\n"),
                Arguments.of("deep.yaml", "[".repeat(5000)),
                Arguments.of("deep.json", "[".repeat(5000)),
                Arguments.of("two.yaml", "allies: []\n---\nallies: []\n"),
                Arguments.of("trailing.json", "{} []"),
                Arguments.of("tabs.yaml", "allies:\n\t- id: POL\n"),
                Arguments.of(
                        "inf.yaml",
                        "allies: [{id: POL, name: P, region: E, budget: {gdpUsdBn: .inf}}]\n"),
                Arguments.of(
                        "huge.yaml",
                        "allies: [{id: POL, name: P, region: E, budget: {gdpUsdBn: 1e999}}]\n"),
                Arguments.of("keys.yaml", "allies: [{id: POL, name: P, region: E, [a]: b}]\n"),
                Arguments.of("nested.yaml", "allies: [[{id: POL}]]\nregions: {id: E}\nmeta: [x]\n"),
                Arguments.of(
                        "ties.yaml",
                        "allies: [{id: POL, name: P, region: E, ties: {partner: LTU}}]\n"),
                Arguments.of(
                        "items.yaml",
                        "allies: [{id: [POL], name: {a: b}, region: 5, memberships: [[x], {y: z}]}]\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("garbage")
    void garbageGivesOnlyBadFactsException(String fileName, String text) {
        Throwable thrown = catchThrowable(() -> FactReader.read(text, fileName));

        assertThat(thrown).isInstanceOf(BadFactsException.class);
        BadFactsException bad = (BadFactsException) thrown;
        assertThat(bad.problems()).isNotEmpty();
        assertThat(bad.problems())
                .allSatisfy(
                        p ->
                                assertThat(p.toString())
                                        .startsWith(fileName + ":")
                                        .doesNotContain("\n")
                                        .doesNotContain("\u0000"));
    }

    @Test
    void topLevelListIsNotASection() {
        assertThat(Bad.problems("- POL\n- LTU\n", "facts/list.yaml"))
                .containsExactly("facts/list.yaml:1:1: expected a section (a mapping), got a list");
    }

    @Test
    void topLevelScalarIsNotASection() {
        assertThat(Bad.problems("Poland\n", "facts/scalar.yaml"))
                .containsExactly(
                        "facts/scalar.yaml:1:1: expected a section (a mapping), got \"Poland\"");
    }

    @Test
    void jsonNullIsNotASection() {
        assertThat(Bad.problems("null", "facts/null.json"))
                .containsExactly("facts/null.json:1:1: expected a section (a mapping), got null");
    }

    @Test
    void yamlAliasesAreRejectedRatherThanReadAsText() {
        assertThat(
                        Bad.problems(
                                "allies:\n  - &pol {id: POL, name: Poland, region: E}\n  - *pol\n",
                                "facts/a.yaml"))
                .containsExactly("facts/a.yaml:3:5: syntax: YAML aliases (*pol) are not supported");
    }

    @Test
    void randomBytesInFilesGiveOnlyBadFactsException(@TempDir Path dir) throws IOException {
        Random random = new Random(42);
        for (String name : new String[] {"a.yaml", "b.json", "allies.csv"}) {
            for (int round = 0; round < 20; round++) {
                byte[] bytes = new byte[1 + random.nextInt(200)];
                random.nextBytes(bytes);
                Path file = Files.write(dir.resolve(name), bytes);

                assertThat(catchThrowable(() -> FactReader.read(file)))
                        .isInstanceOf(BadFactsException.class);
            }
        }
    }
}
