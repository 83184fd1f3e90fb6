package org.allyadvisor.sweep;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.allyadvisor.engine.AssessOptions;
import org.allyadvisor.engine.Assessor;
import org.allyadvisor.engine.RuleRunException;
import org.allyadvisor.facts.FactSet;
import org.allyadvisor.facts.SupportLevel;
import org.allyadvisor.results.Assessment;
import org.allyadvisor.rules.NumericThreshold;
import org.allyadvisor.rules.RuleSet;
import org.allyadvisor.rules.RuleSetException;

/**
 * Flip points: the values of a threshold or of one ally's fact at which advice appears, disappears
 * or changes priority, found by search ({@link FlipSearch}: candidates from the facts, thresholds
 * and evidence, then bisection), never by a grid that could step over a flip. Without a name, every
 * numeric threshold the rules read, and the priority cut-offs, ranked by how many allies' advice
 * flips within ±10 % of each ({@link #tornado}).
 *
 * <p>Each value tried is a whole assessment of the fact set (a threshold changes the rule set
 * through {@link RuleSet#withThreshold}, without recompiling; a fact changes as {@code whatif
 * --set} changes it), so rules that compare allies with each other are seen too. Assessments run on
 * all cores; the result does not depend on their order. Like the rest of the library it never
 * prints.
 */
public final class Sweep {

    /** The default range: ±50 % of the value now. */
    public static final BigDecimal DEFAULT_SPAN = new BigDecimal("0.5");

    /** The window of the tornado: ±10 % of each threshold. */
    public static final BigDecimal TORNADO_WINDOW = new BigDecimal("0.1");

    private static final int GRID = 32;
    private static final int TORNADO_GRID = 8;
    private static final List<String> PRIORITY_CUT_OFFS =
            List.of(
                    "scoring.priorityFrom.CRITICAL",
                    "scoring.priorityFrom.HIGH",
                    "scoring.priorityFrom.MEDIUM");

    private final RuleSet rules;
    private final AssessOptions options;
    private final int threads;

    /** A sweep under the defaults of an assessment, on every core. */
    public Sweep(RuleSet rules) {
        this(rules, AssessOptions.DEFAULTS, Runtime.getRuntime().availableProcessors());
    }

    /**
     * @param options the support scenario and judgements to assess under (filters do not apply: a
     *     sweep follows every ally)
     * @param threads how many assessments to run at once, 1 or more
     * @throws IllegalArgumentException when {@code threads} is below 1
     */
    public Sweep(RuleSet rules, AssessOptions options, int threads) {
        // refused as Uncertainty refuses it: a caller asking for no threads has a bug to hear of
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        this.rules = Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(options, "options");
        this.options =
                new AssessOptions(options.support(), List.of(), null, options.withoutJudgements());
        this.threads = threads;
    }

    /**
     * The flip points of one threshold.
     *
     * @param name a number of the thresholds file ({@code budget.floorPctGdp}, {@code
     *     technology.requiredMaturity.5}); where the run's support scenario overrides it, the
     *     override is swept, as it is the value in force
     * @param range the values to try, or empty for ±50 % around the value now
     * @throws SweepException when the name is no number of the thresholds file, or the checks
     *     refuse every value of the range
     */
    public SweepResult threshold(FactSet facts, String name, Optional<Range> range)
            throws SweepException, RuleRunException {
        ThresholdAxis axis = ThresholdAxis.resolve(rules, name, level(facts));
        Assessor assessor = new Assessor(rules);
        ValueAssessor at = value -> assessor.of(axis.variant(value)).assess(facts, options);
        Swept swept = axis.swept();
        return sweep(
                facts,
                swept,
                at,
                range.orElseGet(() -> Range.around(swept.now(), DEFAULT_SPAN, swept.whole())),
                range.isPresent() ? "--range" : "±50 % of the value now",
                assessor,
                baseline -> Candidates.of(facts, rules, baseline));
    }

    /**
     * The flip points of one ally's fact.
     *
     * @param name the ally and the field, as {@code whatif --set} takes them ({@code
     *     POL.budget.realChangePct})
     * @param range the values to try, or empty for ±50 % around the value now, widened to take in
     *     the values the other allies have, within what the field allows
     * @throws SweepException when the ally or field is unknown, the field is not a number, or it is
     *     a data gap and no range is given
     */
    public SweepResult fact(FactSet facts, String name, Optional<Range> range)
            throws SweepException, RuleRunException {
        FactAxis axis = FactAxis.resolve(facts, name);
        Swept swept = axis.swept();
        if (swept.now() == null && range.isEmpty()) {
            throw new SweepException(
                    swept.name() + " is a data gap: give --range LO..HI to sweep it");
        }
        Assessor assessor = new Assessor(rules);
        ValueAssessor at = value -> assessor.assess(axis.changed(facts, value), options);
        return sweep(
                facts,
                swept,
                at,
                range.orElseGet(() -> axis.defaultRange(facts, DEFAULT_SPAN)),
                range.isPresent()
                        ? "--range"
                        : "±50 % of the value now, widened to the other allies' values",
                assessor,
                baseline -> Candidates.of(axis.field(), facts, rules, baseline));
    }

    private SweepResult sweep(
            FactSet facts,
            Swept swept,
            ValueAssessor at,
            Range range,
            String basis,
            Assessor assessor,
            java.util.function.Function<Assessment, List<BigDecimal>> candidates)
            throws SweepException, RuleRunException {
        ExecutorService pool = Executors.newFixedThreadPool(threads, Sweep::daemon);
        try {
            FlipSearch.Clipped clipped = FlipSearch.clip(at, range, swept.now(), swept.whole());
            Assessment baseline = assessor.assess(facts, options);
            FlipSearch search =
                    new FlipSearch(at, new Parallel(pool), clipped.range(), swept.whole(), true);
            FlipSearch.Profile profile =
                    search.run(
                            clipped.range(), swept.now(), candidates.apply(baseline), GRID, true);
            List<AllySweep> allies =
                    new Tracks(profile, swept.whole())
                            .allies(facts, swept.now(), Outcome.of(baseline));
            return new SweepResult(
                    baseline.factSet(),
                    baseline.rules(),
                    swept,
                    clipped.range(),
                    clipped.why().isEmpty() ? basis : basis + "; " + clipped.why(),
                    profile.precision(),
                    profile.assessments(),
                    allies,
                    facts.allies().size() - allies.size());
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Every numeric threshold the rules read, and the priority cut-offs, ranked by how many allies'
     * advice flips within ±10 % of its value (a whole number also one step either side). Each
     * window is searched at its candidates and the midpoints between them, without bisecting: the
     * ranking needs which allies' advice differs from now on either side, and how many changes
     * there are between neighbouring values, not where exactly each lies ({@code sweep --threshold}
     * says that).
     */
    public Tornado tornado(FactSet facts) throws RuleRunException {
        SupportLevel level = level(facts);
        Assessor assessor = new Assessor(rules);
        Assessment baseline = assessor.assess(facts, options);
        List<BigDecimal> numbers = Candidates.of(facts, rules, baseline);
        List<ThresholdAxis> axes = tornadoAxes(level);
        ExecutorService pool = Executors.newFixedThreadPool(threads, Sweep::daemon);
        try {
            List<Parallel.Task<Row>> tasks = new ArrayList<>();
            for (int i = 0; i < axes.size(); i++) {
                ThresholdAxis axis = axes.get(i);
                int order = i;
                tasks.add(() -> row(facts, axis, assessor, numbers, order));
            }
            List<Row> rows =
                    new ArrayList<>(
                            new Parallel(pool)
                                    .all(tasks).stream().filter(r -> r.row() != null).toList());
            rows.sort(
                    Comparator.comparingInt((Row r) -> -r.row().allies())
                            .thenComparingInt(r -> -r.row().flips())
                            .thenComparingInt(Row::order));
            return new Tornado(
                    baseline.factSet(),
                    baseline.rules(),
                    TORNADO_WINDOW,
                    rows.stream().map(Row::row).toList(),
                    rows.stream().mapToInt(Row::assessments).sum() + 1);
        } finally {
            pool.shutdownNow();
        }
    }

    private record Row(TornadoRow row, int order, int assessments) {}

    private Row row(
            FactSet facts,
            ThresholdAxis axis,
            Assessor assessor,
            List<BigDecimal> numbers,
            int order)
            throws RuleRunException {
        Swept swept = axis.swept();
        ValueAssessor at = value -> assessor.of(axis.variant(value)).assess(facts, options);
        FlipSearch.Clipped clipped;
        try {
            clipped = FlipSearch.clip(at, window(swept, facts), swept.now(), swept.whole());
        } catch (SweepException nothingHeld) {
            return new Row(
                    null, order,
                    0); // cannot happen for a value the file holds now: it is in the window
        }
        FlipSearch.Profile profile =
                new FlipSearch(at, Parallel.sequential(), clipped.range(), swept.whole(), false)
                        .run(clipped.range(), swept.now(), numbers, TORNADO_GRID, false);
        Tracks tracks = new Tracks(profile, swept.whole());
        List<String> below = new ArrayList<>();
        List<String> above = new ArrayList<>();
        facts.allies()
                .forEach(
                        ally -> {
                            if (tracks.differs(ally.id(), swept.now(), true)) {
                                below.add(ally.id());
                            }
                            if (tracks.differs(ally.id(), swept.now(), false)) {
                                above.add(ally.id());
                            }
                        });
        return new Row(
                new TornadoRow(
                        swept.name(),
                        swept.now(),
                        clipped.range(),
                        below,
                        above,
                        tracks.flipCount(facts)),
                order,
                profile.assessments());
    }

    /**
     * ±10 % of the value; for a year ({@code budget.coreTargetYear}), ±10 % of the years from the
     * facts' as-of year to it, as a tenth of the year 2035 is two centuries and means nothing.
     */
    static Range window(Swept swept, FactSet facts) {
        if (swept.name().endsWith("Year") && facts.meta().asOf() != null) {
            BigDecimal years =
                    swept.now().subtract(BigDecimal.valueOf(facts.meta().asOf().getYear())).abs();
            Range aroundSpan = Range.around(years, TORNADO_WINDOW, true);
            BigDecimal half = aroundSpan.hi().subtract(years);
            return new Range(swept.now().subtract(half), swept.now().add(half));
        }
        return Range.around(swept.now(), TORNADO_WINDOW, swept.whole());
    }

    /**
     * The thresholds of the tornado, in file order: each number the rules read (a scenario's
     * override where it holds), then the cut-offs.
     */
    List<ThresholdAxis> tornadoAxes(SupportLevel level) {
        Map<String, NumericThreshold> numbers = rules.numericThresholds();
        java.util.Set<String> read = rules.thresholdsReadByRules();
        List<ThresholdAxis> axes = new ArrayList<>();
        for (String path : numbers.keySet()) {
            boolean readByRules =
                    read.contains(path) || read.stream().anyMatch(r -> path.startsWith(r + "."));
            if (readByRules && !path.startsWith("supportLevels.")
                    || PRIORITY_CUT_OFFS.contains(path)) {
                axes.add(ThresholdAxis.resolveKnown(rules, path, level));
            }
        }
        return axes;
    }

    private SupportLevel level(FactSet facts) {
        return options.support() != null ? options.support() : facts.meta().usSupportLevel();
    }

    private static Thread daemon(Runnable task) {
        Thread thread = new Thread(task, "ally-advisor-sweep");
        thread.setDaemon(true);
        return thread;
    }

    /**
     * A threshold to sweep: the number's path in the file, and how a value of it becomes a rule
     * set.
     */
    record ThresholdAxis(RuleSet rules, Swept swept) {

        static ThresholdAxis resolve(RuleSet rules, String name, SupportLevel level)
                throws SweepException {
            Map<String, NumericThreshold> numbers = rules.numericThresholds();
            if (numbers.containsKey(name) || numbers.containsKey(overridePath(name, level))) {
                return resolveKnown(rules, name, level);
            }
            Map<String, String> all = rules.thresholdValues();
            if (all.containsKey(name)) {
                throw new SweepException(
                        "threshold "
                                + name
                                + " is "
                                + all.get(name)
                                + ", not a number: sweep varies numbers");
            }
            Optional<String> inside =
                    all.keySet().stream()
                            .filter(p -> p.startsWith(name + ".") && numbers.containsKey(p))
                            .findFirst();
            if (inside.isPresent()) {
                throw new SweepException(
                        "'"
                                + name
                                + "' is a section of thresholds; name one of its numbers, such as "
                                + inside.get());
            }
            throw new SweepException(
                    org.allyadvisor.text.NearestName.among(name, numbers.keySet())
                            .map(n -> "unknown threshold '" + name + "'; did you mean '" + n + "'?")
                            .orElse(
                                    "unknown threshold '"
                                            + name
                                            + "'; `rules` and thresholds.yaml list them"));
        }

        static ThresholdAxis resolveKnown(RuleSet rules, String name, SupportLevel level) {
            Map<String, NumericThreshold> numbers = rules.numericThresholds();
            String override = overridePath(name, level);
            if (!name.startsWith("supportLevels.") && numbers.containsKey(override)) {
                NumericThreshold t = numbers.get(override);
                return new ThresholdAxis(
                        rules,
                        new Swept(
                                Swept.Kind.THRESHOLD,
                                override,
                                t.value(),
                                t.whole(),
                                "under "
                                        + level
                                        + " support the scenario's override of "
                                        + name
                                        + " holds, so it is the value swept"));
            }
            NumericThreshold t = numbers.get(name);
            return new ThresholdAxis(
                    rules, new Swept(Swept.Kind.THRESHOLD, name, t.value(), t.whole(), ""));
        }

        private static String overridePath(String name, SupportLevel level) {
            return "supportLevels." + level.name() + ".overrides." + name;
        }

        RuleSet variant(BigDecimal value) throws Refused {
            try {
                return rules.withThreshold(swept.name(), value);
            } catch (RuleSetException refused) {
                throw new Refused(refused.problems().get(0).message());
            }
        }
    }
}
