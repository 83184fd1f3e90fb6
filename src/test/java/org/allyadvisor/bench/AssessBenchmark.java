package org.allyadvisor.bench;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.allyadvisor.engine.Assessor;
import org.allyadvisor.facts.FactSet;
import org.allyadvisor.facts.read.FactReader;
import org.allyadvisor.report.JsonReport;
import org.allyadvisor.results.Assessment;
import org.allyadvisor.rules.RuleSet;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Library throughput, as a tool that embeds ally-advisor sees it: one rule set loaded once,
 * shared by every thread, and a whole fact set assessed per call. Run with src/bench/jmh.sh.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AssessBenchmark {

    private Assessor assessor;
    private FactSet shipped;

    @Setup
    public void load() throws Exception {
        assessor = new Assessor(RuleSet.load(Path.of("rules")));
        shipped = FactReader.read(Path.of("facts"));
    }

    /** The shipped fact set (47 allies) through the v1 rules: the typed result. */
    @Benchmark
    public Assessment assessShippedFacts() throws Exception {
        return assessor.assess(shipped);
    }

    /** The same, rendered to JSON as a service answering requests would. */
    @Benchmark
    public String assessShippedFactsToJson() throws Exception {
        return JsonReport.render(assessor.assess(shipped));
    }
}
