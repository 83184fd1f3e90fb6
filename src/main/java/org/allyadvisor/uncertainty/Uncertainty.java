package org.allyadvisor.uncertainty;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.allyadvisor.engine.AssessOptions;
import org.allyadvisor.engine.Assessor;
import org.allyadvisor.engine.RuleRunException;
import org.allyadvisor.facts.FactSet;
import org.allyadvisor.results.Assessment;
import org.allyadvisor.rules.RuleSet;

/**
 * How firm advice is under uncertainty: draws variants of a fact set within the ranges its facts
 * declare, assesses each with one loaded rule set on every core, and counts in how many variants
 * each action and risk holds, at which rank and priority. Variants are drawn uniformly within each
 * range, each from a generator of its own seeded by the study's seed and its number, so a seed
 * gives the same result on any number of threads.
 */
public final class Uncertainty {

    /** More variants than this would not change a share shown to a tenth of a percent. */
    public static final int MAX_VARIANTS = 10_000_000;
    /** Variants a thread takes at a time: enough to keep the handing out cheap, few enough to share out evenly. */
    private static final int CHUNK = 50;

    private final RuleSet rules;
    private final Assessor assessor;
    private final int threads;

    /** A study on every core. */
    public Uncertainty(RuleSet rules) {
        this(rules, Runtime.getRuntime().availableProcessors());
    }

    /** @param threads how many variants are assessed at once; the result does not depend on it */
    public Uncertainty(RuleSet rules, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        this.rules = rules;
        this.assessor = new Assessor(rules);
        this.threads = threads;
    }

    /** {@code new Uncertainty(rules).sample(facts, AssessOptions.DEFAULTS, variants, seed)}. */
    public static Stability sample(RuleSet rules, FactSet facts, int variants, long seed) throws RuleRunException {
        return new Uncertainty(rules).sample(facts, AssessOptions.DEFAULTS, variants, seed);
    }

    /**
     * @param options  what is assessed and reported, as for one assessment; each variant is assessed under them
     * @param variants how many variants to draw, 1 to {@link #MAX_VARIANTS}
     * @throws IllegalArgumentException when {@code variants} is out of range, or the facts break the vocabulary
     * @throws RuleRunException         when the rules fail on a variant (the first variant to fail is named by its error)
     */
    public Stability sample(FactSet facts, AssessOptions options, int variants, long seed) throws RuleRunException {
        if (variants < 1 || variants > MAX_VARIANTS) {
            throw new IllegalArgumentException("variants must be from 1 to " + MAX_VARIANTS + ", got " + variants);
        }
        Assessment baseline = assessor.assess(facts, options);
        FactVariants draws = new FactVariants(facts);
        VariantSeeds seeds = new VariantSeeds(seed);
        Tally total = run(variants, index -> assessor.assess(draws.draw(seeds.of(index)), options));
        return StabilityReport.of(baseline, facts, total, seed);
    }

    @FunctionalInterface
    private interface Variant {
        Assessment assess(int index) throws RuleRunException;
    }

    private Tally run(int variants, Variant variant) throws RuleRunException {
        int chunks = (variants + CHUNK - 1) / CHUNK;
        int workers = Math.min(threads, chunks);
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(workers, task -> {
            Thread thread = new Thread(task, "ally-advisor-variants");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<Tally>> parts = new ArrayList<>();
            for (int w = 0; w < workers; w++) {
                parts.add(pool.submit(() -> {
                    Tally tally = new Tally();
                    for (int chunk = next.getAndIncrement(); chunk < chunks; chunk = next.getAndIncrement()) {
                        int end = Math.min(variants, (chunk + 1) * CHUNK);
                        for (int index = chunk * CHUNK; index < end; index++) {
                            tally.add(variant.assess(index), index);
                        }
                    }
                    return tally;
                }));
            }
            Tally total = new Tally();
            for (Future<Tally> part : parts) {
                total.merge(join(part, next, chunks));
            }
            return total;
        } finally {
            pool.shutdownNow();
        }
    }

    /** A worker's tally; on its failure the others stop taking chunks, and the failure is thrown as it was. */
    private static Tally join(Future<Tally> part, AtomicInteger next, int chunks) throws RuleRunException {
        try {
            return part.get();
        } catch (ExecutionException failed) {
            next.set(chunks);
            Throwable cause = failed.getCause();
            if (cause instanceof RuleRunException rules) {
                throw rules;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the variants were assessed", interrupted);
        }
    }
}
