package org.allyadvisor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.stream.Stream;
import org.allyadvisor.facts.read.FactReader;
import org.allyadvisor.rules.Fixtures;
import org.allyadvisor.trace.Traceability;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Each golden fact set ({@code NAME.facts.*} in src/test/resources/golden, as GoldenFiles reads
 * them) traced with rules/ must give exactly {@code NAME.trace.json}. After a deliberate change to
 * rules, source text or the trace, regenerate with {@code mvn test -Dtest=TraceGoldenFilesTest
 * -Dgolden.update=true} and review the diff.
 */
class TraceGoldenFilesTest {

    private static final String TRACE = ".trace.json";

    @TestFactory
    Stream<DynamicTest> everyFactSetGivesItsExpectedTrace() throws IOException {
        return GoldenFiles.compared(
                TRACE,
                factSet ->
                        TraceJsonReport.render(
                                Traceability.of(
                                        Fixtures.shippedRules(), FactReader.read(factSet))));
    }

    @Test
    void everyFactSetHasItsTraceAndEveryTraceItsFactSet() throws IOException {
        assertThat(GoldenFiles.outputNames(TRACE))
                .isEqualTo(GoldenFiles.factSetNames())
                .isNotEmpty();
    }
}
