package org.allyadvisor.uncertainty;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
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
import org.allyadvisor.rules.RuleProblem;
import org.allyadvisor.rules.RuleSet;
import org.allyadvisor.rules.RuleSetException;
import org.allyadvisor.rules.ThresholdRange;

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

    /**
     * Variants a thread takes at a time: enough to keep the handing out cheap, few enough to share
     * out evenly.
     */
    private static final int CHUNK = 50;

    private final RuleSet rules;
    private final Assessor assessor;
    private final int threads;

    /** A study on every core. */
    public Uncertainty(RuleSet rules) {
        this(rules, Runtime.getRuntime().availableProcessors());
    }

    /**
     * @param threads how many variants are assessed at once; the result does not depend on it
     */
    public Uncertainty(RuleSet rules, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        this.rules = rules;
        this.assessor = new Assessor(rules);
        this.threads = threads;
    }

    /** {@code new Uncertainty(rules).sample(facts, AssessOptions.DEFAULTS, variants, seed)}. */
    public static Stability sample(RuleSet rules, FactSet facts, int variants, long seed)
            throws RuleRunException, RuleSetException {
        return new Uncertainty(rules).sample(facts, AssessOptions.DEFAULTS, variants, seed);
    }

    /**
     * @param options what is assessed and reported, as for one assessment; each variant is assessed
     *     under them
     * @param variants how many variants to draw, 1 to {@link #MAX_VARIANTS}
     * @throws IllegalArgumentException when {@code variants} is out of range, or the facts break
     *     the vocabulary
     * @throws RuleRunException when the rules fail on a variant
     * @throws RuleSetException when the thresholds drawn for a variant do not make sense together
     */
    public Stability sample(FactSet facts, AssessOptions options, int variants, long seed)
            throws RuleRunException, RuleSetException {
        if (variants < 1 || variants > MAX_VARIANTS) {
            throw new IllegalArgumentException(
                    "variants must be from 1 to " + MAX_VARIANTS + ", got " + variants);
        }
        Assessment baseline = assessor.assess(facts, options);
        FactVariants draws = new FactVariants(facts);
        VariantSeeds seeds = new VariantSeeds(seed);
        List<ThresholdRange> thresholds = rules.thresholdRanges();
        Tally total =
                run(
                        variants,
                        index -> {
                            SplittableRandom random = seeds.of(index);
                            // thresholds first, in file order, then facts: a variant's draws never
                            // depend on another's
                            Assessor under =
                                    thresholds.isEmpty()
                                            ? assessor
                                            : assessor.of(varied(thresholds, random, index));
                            return under.assess(draws.draw(random), options);
                        });
        return StabilityReport.of(
                baseline, facts, total, seed, thresholds.stream().map(Uncertainty::used).toList());
    }

    /**
     * The rule set with each threshold in dispute drawn from its range: the thresholds file as if
     * it wrote the drawn values, read back by the same checks, with no rule compiled again.
     *
     * @throws RuleSetException when the drawn values do not make sense together (a floor drawn
     *     below the far-below-floor line): the ranges must be narrowed, so the study stops
     */
    private RuleSet varied(List<ThresholdRange> thresholds, SplittableRandom random, int index)
            throws RuleSetException {
        RuleSet varied = rules;
        StringBuilder drawn = new StringBuilder();
        try {
            for (ThresholdRange range : thresholds) {
                double value = range.draw(random.nextDouble());
                drawn.append(drawn.length() == 0 ? "" : ", ")
                        .append(range.path())
                        .append(' ')
                        .append(value);
                varied = varied.withThreshold(range.path(), BigDecimal.valueOf(value));
            }
        } catch (RuleSetException refused) {
            String context =
                    "variant "
                            + (index + 1)
                            + " drew "
                            + drawn
                            + ", and the thresholds refuse it; narrow the"
                            + " ranges of the uncertainty section so that every draw makes sense: ";
            throw new RuleSetException(
                    refused.problems().stream()
                            .map(
                                    p ->
                                            new RuleProblem(
                                                    p.file(),
                                                    p.line(),
                                                    p.column(),
                                                    context + p.message()))
                            .toList());
        }
        return varied;
    }

    private static Stability.RangeUsed used(ThresholdRange range) {
        return new Stability.RangeUsed(
                "threshold",
                range.path(),
                range.written(),
                List.of(),
                range.basis(),
                false,
                range.at());
    }

    @FunctionalInterface
    private interface Variant {
        Assessment assess(int index) throws RuleRunException, RuleSetException;
    }

    private Tally run(int variants, Variant variant) throws RuleRunException, RuleSetException {
        int chunks = (variants + CHUNK - 1) / CHUNK;
        int workers = Math.min(threads, chunks);
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool =
                Executors.newFixedThreadPool(
                        workers,
                        task -> {
                            Thread thread = new Thread(task, "ally-advisor-variants");
                            thread.setDaemon(true);
                            return thread;
                        });
        try {
            List<Future<Tally>> parts = new ArrayList<>();
            for (int w = 0; w < workers; w++) {
                parts.add(
                        pool.submit(
                                () -> {
                                    Tally tally = new Tally();
                                    for (int chunk = next.getAndIncrement();
                                            chunk < chunks;
                                            chunk = next.getAndIncrement()) {
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

    /**
     * A worker's tally; on its failure the others stop taking chunks, and the failure is thrown as
     * it was.
     */
    private static Tally join(Future<Tally> part, AtomicInteger next, int chunks)
            throws RuleRunException, RuleSetException {
        try {
            return part.get();
        } catch (ExecutionException failed) {
            next.set(chunks);
            Throwable cause = failed.getCause();
            if (cause instanceof RuleRunException rules) {
                throw rules;
            }
            if (cause instanceof RuleSetException refused) {
                throw refused;
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
            throw new IllegalStateException(
                    "interrupted while the variants were assessed", interrupted);
        }
    }
}
