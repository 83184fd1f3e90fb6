package org.allyadvisor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.allyadvisor.facts.read.FactReader;
import org.allyadvisor.rules.Fixtures;
import org.allyadvisor.trace.Traceability;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Each golden fact set ({@code NAME.facts.*} in src/test/resources/golden, as GoldenFilesTest reads
 * them) traced with rules/ must give exactly {@code NAME.trace.json}. After a deliberate change to
 * rules, source text or the trace, regenerate with {@code mvn test -Dtest=TraceGoldenFilesTest
 * -Dgolden.update=true} and review the diff.
 */
class TraceGoldenFilesTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final String FACTS = ".facts";
    private static final String TRACE = ".trace.json";

    @TestFactory
    Stream<DynamicTest> everyFactSetGivesItsExpectedTrace() throws IOException {
        return names(FACTS).stream()
                .map(
                        name ->
                                DynamicTest.dynamicTest(
                                        name,
                                        () -> {
                                            String actual =
                                                    TraceJsonReport.render(
                                                            Traceability.of(
                                                                    Fixtures.shippedRules(),
                                                                    FactReader.read(
                                                                            factSet(name))));
                                            Path expected = GOLDEN.resolve(name + TRACE);
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
    void everyFactSetHasItsTraceAndEveryTraceItsFactSet() throws IOException {
        assertThat(names(TRACE)).isEqualTo(names(FACTS)).isNotEmpty();
    }

    private static Path factSet(String name) throws IOException {
        try (Stream<Path> files = Files.list(GOLDEN)) {
            return files.filter(p -> p.getFileName().toString().startsWith(name + FACTS))
                    .findFirst()
                    .orElseThrow();
        }
    }

    /**
     * The golden names that have a file of this kind: {@code two-allies} for two-allies.facts.yaml
     * or two-allies.trace.json.
     */
    private static Set<String> names(String kind) throws IOException {
        Set<String> names = new TreeSet<>();
        try (Stream<Path> files = Files.list(GOLDEN)) {
            files.map(p -> p.getFileName().toString())
                    .filter(f -> f.indexOf(kind) > 0)
                    .forEach(f -> names.add(f.substring(0, f.indexOf(kind))));
        }
        return names;
    }
}
