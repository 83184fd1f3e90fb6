package org.allyadvisor.engine;

import static org.allyadvisor.rules.Fixtures.shippedRules;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.allyadvisor.facts.FactSet;
import org.allyadvisor.facts.read.FactReader;
import org.allyadvisor.report.JsonReport;
import org.junit.jupiter.api.Test;

/**
 * One {@link Assessor} shared by many threads, as an embedding program uses it. Eight thousand
 * assessments take a minute or two on a loaded 2-core machine, so this runs with the whole-system
 * tests, in the verify phase; {@code AssessorTest} keeps a quick check of the same kind.
 */
class ConcurrentAssessmentsIT {

    private final Assessor assessor = new Assessor(shippedRules());

    /**
     * Eight threads, started together, each make a thousand assessments of the shipped example set
     * (judgements, provenance, every rule at work), a troubled ally and an invented set, each
     * thread in its own order so that different sets are assessed at the same moment; every one of
     * the 8,000 results is what one thread gives alone: the rule base, its worker threads and the
     * guards share no state between assessments.
     */
    @Test
    void eightThreadsTimesAThousandAssessmentsMatchTheSerialResult() throws Exception {
        FactSet judged = FactReader.read(Path.of("src/test/resources/golden/judged.facts"));
        FactSet synthetic = FactReader.read(Path.of("facts/examples/synthetic"));
        List<FactSet> sets = List.of(AssessorTest.TROUBLED, judged, synthetic);
        List<String> serial = new ArrayList<>();
        for (FactSet set : sets) {
            serial.add(JsonReport.render(assessor.assess(set)));
        }
        int threads = 8;
        int perThread = 1000;
        CyclicBarrier start = new CyclicBarrier(threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<List<String>>> runs = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                runs.add(
                        pool.submit(
                                () -> {
                                    start.await();
                                    List<String> mismatches = new ArrayList<>();
                                    for (int i = 0; i < perThread; i++) {
                                        int set = (i + thread) % sets.size();
                                        if (!JsonReport.render(assessor.assess(sets.get(set)))
                                                .equals(serial.get(set))) {
                                            mismatches.add(
                                                    "thread "
                                                            + thread
                                                            + ", assessment "
                                                            + i
                                                            + " of set "
                                                            + set);
                                        }
                                    }
                                    return mismatches;
                                }));
            }
            for (Future<List<String>> run : runs) {
                assertThat(run.get())
                        .as("assessments that differ from the serial result")
                        .isEmpty();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
