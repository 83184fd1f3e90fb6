package org.allyadvisor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
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

    private static final String EXPECTED = ".expected.json";

    @TestFactory
    Stream<DynamicTest> everyFactSetGivesItsExpectedJson() throws IOException {
        return GoldenFiles.compared(
                EXPECTED,
                factSet ->
                        JsonReport.render(
                                new Assessor(Fixtures.shippedRules())
                                        .assess(FactReader.read(factSet))));
    }

    @Test
    void everyFactSetHasItsExpectedJsonAndEveryExpectedJsonItsFactSet() throws IOException {
        assertThat(GoldenFiles.outputNames(EXPECTED))
                .isEqualTo(GoldenFiles.factSetNames())
                .isNotEmpty();
    }
}
