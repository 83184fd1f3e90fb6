package org.allyadvisor.bench;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * CPU time of the whole benchmark process per operation ({@code -prof
 * org.allyadvisor.bench.CpuProfiler}). On a machine shared with other work, throughput says how
 * much CPU the benchmark got as much as how fast it is; CPU time per operation does not depend on
 * what the neighbours do, so it is the figure to compare before and after a change. It counts every
 * thread of the JVM — the rules' worker, the garbage collector, the JIT compiler (quiet after
 * warm-up) — as an embedder pays for them all.
 */
public final class CpuProfiler implements InternalProfiler {

    private final OperatingSystemMXBean os =
            (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private long cpuAtStart;

    @Override
    public String getDescription() {
        return "process CPU time per operation, all threads";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmark, IterationParams iteration) {
        cpuAtStart = os.getProcessCpuTime();
    }

    @Override
    @SuppressWarnings("rawtypes") // the signature is JMH's InternalProfiler's, raw Result and all
    public Collection<? extends Result> afterIteration(
            BenchmarkParams benchmark, IterationParams iteration, IterationResult result) {
        long cpu = os.getProcessCpuTime() - cpuAtStart;
        long ops = result.getMetadata().getAllOps();
        return ops == 0
                ? List.of()
                : List.of(
                        new ScalarResult(
                                "cpu.time.norm",
                                cpu / 1_000.0 / ops,
                                "us/op",
                                AggregationPolicy.AVG));
    }
}
