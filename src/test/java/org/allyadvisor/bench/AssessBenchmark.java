package org.allyadvisor.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.allyadvisor.engine.Assessor;
import org.allyadvisor.engine.BareRules;
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
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Library throughput, as a tool that embeds ally-advisor sees it: one rule set loaded once, shared
 * by every thread, and the whole shipped fact set assessed per call. One operation is one ally
 * assessed (a call assesses all {@value #ALLIES}), so JMH's ops/s are ally-assessments/s. Run with
 * src/bench/jmh.sh, which runs it on 1 and on 2 threads.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@OperationsPerInvocation(AssessBenchmark.ALLIES)
public class AssessBenchmark {

    /**
     * The allies of {@code facts/}; checked at setup, so the figures never count allies that are
     * not there.
     */
    static final int ALLIES = 47;

    private RuleSet rules;
    private Assessor assessor;
    private FactSet shipped;

    @Setup
    public void load() throws Exception {
        rules = RuleSet.load(Path.of("rules"));
        assessor = new Assessor(rules);
        shipped = FactReader.read(Path.of("facts"));
        if (shipped.allies().size() != ALLIES) {
            throw new IllegalStateException(
                    "facts/ has "
                            + shipped.allies().size()
                            + " allies; the benchmark counts "
                            + ALLIES
                            + " per call: change AssessBenchmark.ALLIES");
        }
    }

    /** The whole assessment, explanation layer and all: the typed result an embedder reads. */
    @Benchmark
    public Assessment assess() throws Exception {
        return assessor.assess(shipped);
    }

    /**
     * The same rules firing bare on the same facts, proposals read back, nothing else: what the
     * explanation layer and the guards cost is the difference to {@link #assess}.
     */
    @Benchmark
    public List<Object> rulesBare() {
        return BareRules.fire(rules, shipped);
    }

    /**
     * A session made and given the facts, not fired: how much of {@link #rulesBare} is Drools
     * firing the rules, and how much making a session and inserting facts.
     */
    @Benchmark
    public long sessionAndFacts() {
        return BareRules.insertOnly(rules, shipped);
    }

    /** The whole assessment rendered to JSON, as a service answering requests would. */
    @Benchmark
    public String assessToJson() throws Exception {
        return JsonReport.render(assessor.assess(shipped));
    }
}
