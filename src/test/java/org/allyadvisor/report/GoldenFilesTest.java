package org.allyadvisor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.allyadvisor.engine.Assessor;
import org.allyadvisor.facts.read.FactReader;
import org.allyadvisor.rules.Fixtures;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Each fact set {@code NAME.facts.yaml|json} (or folder {@code NAME.facts/}) in
 * src/test/resources/golden is assessed with rules/ and must give exactly {@code
 * NAME.expected.json}. After a deliberate change to rules or output, regenerate with {@code mvn
 * test -Dtest=GoldenFilesTest -Dgolden.update=true} and review the diff.
 */
class GoldenFilesTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final String FACTS = ".facts";
    private static final String EXPECTED = ".expected.json";

    @TestFactory
    Stream<DynamicTest> everyFactSetGivesItsExpectedJson() throws IOException {
        return names(FACTS).stream()
                .map(
                        name ->
                                DynamicTest.dynamicTest(
                                        name,
                                        () -> {
                                            String actual =
                                                    JsonReport.render(
                                                            new Assessor(Fixtures.shippedRules())
                                                                    .assess(
                                                                            FactReader.read(
                                                                                    factSet(
                                                                                            name))));
                                            Path expected = GOLDEN.resolve(name + EXPECTED);
                                            if (Boolean.getBoolean("golden.update")) {
                                                Files.writeString(
                                                        expected, actual, StandardCharsets.UTF_8);
                                            }
                                            assertThat(actual)
                                                    .isEqualTo(
                                                            Files.readString(
                                                                    expected,
                                                                    StandardCharsets.UTF_8));
                                        }));
    }

    @Test
    void everyFactSetHasItsExpectedJsonAndEveryExpectedJsonItsFactSet() throws IOException {
        assertThat(names(EXPECTED)).isEqualTo(names(FACTS)).isNotEmpty();
    }

    private static Path factSet(String name) throws IOException {
        try (Stream<Path> files = Files.list(GOLDEN)) {
            return files.filter(p -> p.getFileName().toString().startsWith(name + FACTS))
                    .findFirst()
                    .orElseThrow();
        }
    }

    /**
     * The golden names that have a file of this kind: {@code two-allies} for two-allies.facts.yaml.
     */
    private static Set<String> names(String kind) throws IOException {
        Set<String> names = new TreeSet<>();
        List<Path> entries = new ArrayList<>();
        try (Stream<Path> files = Files.list(GOLDEN)) {
            files.forEach(entries::add);
        }
        for (Path entry : entries) {
            String file = entry.getFileName().toString();
            int at = file.indexOf(kind);
            if (at > 0
                    && (kind.equals(EXPECTED)
                            ? file.endsWith(EXPECTED)
                            : !file.endsWith(EXPECTED))) {
                names.add(file.substring(0, at));
            }
        }
        return names;
    }
}
