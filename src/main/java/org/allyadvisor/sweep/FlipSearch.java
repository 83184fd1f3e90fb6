package org.allyadvisor.sweep;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.allyadvisor.engine.RuleRunException;
import org.allyadvisor.results.Action;
import org.allyadvisor.results.AllyAssessment;
import org.allyadvisor.results.Assessment;
import org.allyadvisor.results.Risk;

/**
 * Finds where advice flips as one value moves through a range, by search rather than by a grid.
 *
 * <p>Advice is piecewise constant in the swept value: it can change only where some rule condition
 * changes truth. A condition that compares the value with a number changes truth <em>at</em> that
 * number, so the search first assesses at every <b>candidate</b> in the range (every number of the
 * facts, of the thresholds file and of the baseline advice's evidence and scores: what a threshold
 * or a fact can be compared with), at the ends, the value now and a few evenly spaced points, and
 * then halfway between each two neighbours, which stands for the open interval between them. A
 * condition on a quantity derived from the value (a mean of several years, a share, a score
 * crossing a priority cut-off) flips between candidates: wherever two neighbouring assessments
 * differ, the search <b>bisects</b> between them until they are less than the precision apart (one
 * ten-thousandth of the range, rounded down to a power of ten; 1 for whole numbers, which are tried
 * one by one when the range holds at most {@value #ALL_WHOLE_UP_TO}). A flip at a candidate is
 * placed on it exactly; one found only by bisection is placed in the middle of its last interval,
 * within half the precision.
 *
 * <p>What it can miss: two flips that cancel out (advice that appears and disappears again) between
 * two neighbouring assessments with no candidate between them, closer together than the gaps the
 * candidates and midpoints leave.
 */
final class FlipSearch {

    /** A whole-number range of at most this many values is assessed at every one of them. */
    static final int ALL_WHOLE_UP_TO = 400;

    /** One assessed value: its advice, or null where the value is refused. */
    record Point(BigDecimal x, Outcome outcome, Map<String, Map<String, Item>> items) {}

    /**
     * The advice along the range.
     *
     * @param points every value assessed, in order
     * @param candidates the values taken from facts, thresholds and evidence (flips there are
     *     exact)
     * @param precision how close the two assessments around a flip are at most
     * @param assessments how many assessments the search took
     */
    record Profile(
            List<Point> points,
            NavigableSet<BigDecimal> candidates,
            BigDecimal precision,
            int assessments) {}

    private final ValueAssessor assessor;
    private final Parallel parallel;
    private final boolean whole;
    private final boolean keepItems;
    private final BigDecimal precision;
    private final int scale;
    private final NavigableMap<BigDecimal, Point> points = new TreeMap<>();

    /** One copy of each item, however many assessments name it. */
    private final Map<Item, Item> canonical = new ConcurrentHashMap<>();

    private int assessments;

    /**
     * @param keepItems whether to keep each item's words (titles, rules) for a report that names
     *     them
     */
    FlipSearch(
            ValueAssessor assessor,
            Parallel parallel,
            Range range,
            boolean whole,
            boolean keepItems) {
        this.assessor = assessor;
        this.parallel = parallel;
        this.whole = whole;
        this.keepItems = keepItems;
        this.precision = precision(range, whole);
        this.scale = Math.max(0, precision.scale()) + 2;
    }

    /** One ten-thousandth of the range, rounded down to a power of ten; 1 for whole numbers. */
    static BigDecimal precision(Range range, boolean whole) {
        if (whole) {
            return BigDecimal.ONE;
        }
        BigDecimal tenThousandth =
                range.width().divide(BigDecimal.valueOf(10_000), MathContext.DECIMAL64);
        int exponent = tenThousandth.precision() - tenThousandth.scale() - 1; // floor(log10)
        return BigDecimal.ONE.scaleByPowerOfTen(exponent);
    }

    /**
     * @param bisect whether to bisect where neighbours differ; without, a flip is known to lie
     *     between two neighbours only (enough to tell which allies flip, as the ranking needs)
     */
    Profile run(
            Range range, BigDecimal now, Collection<BigDecimal> numbers, int grid, boolean bisect)
            throws RuleRunException {
        NavigableSet<BigDecimal> candidates = new TreeSet<>();
        for (BigDecimal n : numbers) {
            if (range.contains(n)) {
                candidates.add(n);
            }
        }
        NavigableSet<BigDecimal> first = new TreeSet<>();
        first.add(range.lo());
        first.add(range.hi());
        if (now != null && range.contains(now)) {
            first.add(now);
        }
        BigDecimal step =
                range.width().divide(BigDecimal.valueOf(grid + 1L), MathContext.DECIMAL64);
        for (int i = 1; i <= grid; i++) {
            first.add(
                    range.lo()
                            .add(step.multiply(BigDecimal.valueOf(i)))
                            .setScale(scale, RoundingMode.HALF_EVEN));
        }
        first.addAll(candidates);
        if (whole) {
            first = wholeNumbers(range, first);
        }
        assess(first);
        assess(between(null));
        List<BigDecimal> more;
        while (bisect && !(more = between(precision)).isEmpty()) {
            assess(more);
        }
        return new Profile(List.copyOf(points.values()), candidates, precision, assessments);
    }

    /**
     * The whole numbers to try: each of the range when it is short, else the two around each value.
     */
    private static NavigableSet<BigDecimal> wholeNumbers(
            Range range, NavigableSet<BigDecimal> values) {
        BigDecimal lo = range.lo().setScale(0, RoundingMode.CEILING);
        BigDecimal hi = range.hi().setScale(0, RoundingMode.FLOOR);
        NavigableSet<BigDecimal> whole = new TreeSet<>();
        if (hi.subtract(lo).compareTo(BigDecimal.valueOf(ALL_WHOLE_UP_TO)) <= 0) {
            for (BigDecimal x = lo; x.compareTo(hi) <= 0; x = x.add(BigDecimal.ONE)) {
                whole.add(x);
            }
            return whole;
        }
        for (BigDecimal v : values) {
            for (BigDecimal w :
                    List.of(
                            v.setScale(0, RoundingMode.FLOOR),
                            v.setScale(0, RoundingMode.CEILING),
                            v.setScale(0, RoundingMode.FLOOR).add(BigDecimal.ONE))) {
                if (w.compareTo(lo) >= 0 && w.compareTo(hi) <= 0) {
                    whole.add(w);
                }
            }
        }
        return whole;
    }

    /**
     * The midpoints to assess next: between every two neighbours when {@code finerThan} is null,
     * else only between neighbours whose advice differs and that are more than {@code finerThan}
     * apart.
     */
    private List<BigDecimal> between(BigDecimal finerThan) {
        List<BigDecimal> mids = new ArrayList<>();
        Point previous = null;
        for (Point p : points.values()) {
            if (previous != null
                    && (finerThan == null
                            || differ(previous, p)
                                    && p.x().subtract(previous.x()).compareTo(finerThan) > 0)) {
                BigDecimal mid = midpoint(previous.x(), p.x());
                if (mid.compareTo(previous.x()) > 0 && mid.compareTo(p.x()) < 0) {
                    mids.add(mid);
                }
            }
            previous = p;
        }
        return mids;
    }

    private static boolean differ(Point a, Point b) {
        return a.outcome() != null && b.outcome() != null && !a.outcome().equals(b.outcome());
    }

    private BigDecimal midpoint(BigDecimal a, BigDecimal b) {
        BigDecimal sum = a.add(b);
        if (whole) {
            return sum.divide(BigDecimal.valueOf(2), 0, RoundingMode.FLOOR);
        }
        return sum.divide(
                BigDecimal.valueOf(2),
                Math.max(scale, Math.max(a.scale(), b.scale()) + 1),
                RoundingMode.HALF_EVEN);
    }

    private void assess(Collection<BigDecimal> values) throws RuleRunException {
        List<BigDecimal> fresh = values.stream().filter(v -> !points.containsKey(v)).toList();
        List<Parallel.Task<Point>> tasks = new ArrayList<>();
        for (BigDecimal x : fresh) {
            tasks.add(() -> point(x));
        }
        for (Point p : parallel.all(tasks)) {
            points.put(p.x(), p);
        }
        assessments += fresh.size();
    }

    private Point point(BigDecimal x) throws RuleRunException {
        try {
            Assessment assessment = assessor.at(x);
            return new Point(x, Outcome.of(assessment), keepItems ? items(assessment) : Map.of());
        } catch (Refused refused) {
            return new Point(x, null, Map.of());
        }
    }

    private Map<String, Map<String, Item>> items(Assessment assessment) {
        Map<String, Map<String, Item>> byAlly = new TreeMap<>();
        for (AllyAssessment ally : assessment.allies()) {
            Map<String, Item> items = new TreeMap<>();
            for (Action action : ally.actions()) {
                Item item = canonical.computeIfAbsent(Item.of(action), i -> i);
                items.put(item.key(), item);
            }
            for (Risk risk : ally.risks()) {
                Item item = canonical.computeIfAbsent(Item.of(risk), i -> i);
                items.put(item.key(), item);
            }
            byAlly.put(ally.id(), items);
        }
        return byAlly;
    }

    /**
     * The range with its ends moved in to the values the checks accept, found by bisection from a
     * value they accept ({@code now}, or an end); the ends as given when both are accepted.
     *
     * @return the range kept and, when an end moved, why (the checks' words at the refused end)
     * @throws SweepException when no value of the range is accepted
     */
    static Clipped clip(ValueAssessor assessor, Range range, BigDecimal now, boolean whole)
            throws SweepException, RuleRunException {
        String loRefused = refusal(assessor, range.lo());
        String hiRefused = refusal(assessor, range.hi());
        if (loRefused == null && hiRefused == null) {
            return new Clipped(range, "");
        }
        BigDecimal anchor =
                now != null && range.contains(now) && refusal(assessor, now) == null
                        ? now
                        : loRefused == null ? range.lo() : hiRefused == null ? range.hi() : null;
        if (anchor == null) {
            throw new SweepException(
                    "no value of "
                            + range
                            + " can be held: at "
                            + plain(range.lo())
                            + ", "
                            + loRefused
                            + "; at "
                            + plain(range.hi())
                            + ", "
                            + hiRefused);
        }
        BigDecimal step = precision(range, whole);
        BigDecimal lo =
                loRefused == null ? range.lo() : edge(assessor, range.lo(), anchor, step, whole);
        BigDecimal hi =
                hiRefused == null ? range.hi() : edge(assessor, range.hi(), anchor, step, whole);
        List<String> why = new ArrayList<>();
        if (loRefused != null) {
            why.add(
                    "below "
                            + plain(lo)
                            + " refused (at "
                            + plain(range.lo())
                            + ": "
                            + loRefused
                            + ")");
        }
        if (hiRefused != null) {
            why.add(
                    "above "
                            + plain(hi)
                            + " refused (at "
                            + plain(range.hi())
                            + ": "
                            + hiRefused
                            + ")");
        }
        if (lo.compareTo(hi) >= 0) {
            throw new SweepException(
                    "only "
                            + plain(lo)
                            + " of "
                            + range
                            + " can be held: "
                            + String.join("; ", why));
        }
        return new Clipped(new Range(lo, hi), String.join("; ", why));
    }

    /** A range cut to what the checks accept, and why it was cut (empty when it was not). */
    record Clipped(Range range, String why) {}

    /**
     * The accepted value nearest to {@code refused}, between it and {@code accepted}, to within
     * {@code step}.
     */
    private static BigDecimal edge(
            ValueAssessor assessor,
            BigDecimal refused,
            BigDecimal accepted,
            BigDecimal step,
            boolean whole)
            throws RuleRunException {
        BigDecimal out = refused;
        BigDecimal in = accepted;
        while (out.subtract(in).abs().compareTo(step) > 0) {
            BigDecimal mid =
                    whole
                            ? out.add(in).divide(BigDecimal.valueOf(2), 0, RoundingMode.FLOOR)
                            : out.add(in)
                                    .divide(
                                            BigDecimal.valueOf(2),
                                            step.scale() + 2,
                                            RoundingMode.HALF_EVEN);
            if (mid.compareTo(out) == 0 || mid.compareTo(in) == 0) {
                break;
            }
            if (refusal(assessor, mid) == null) {
                in = mid;
            } else {
                out = mid;
            }
        }
        // shown at the precision: round toward the accepted side so the value shown is accepted
        BigDecimal shown =
                in.setScale(
                        Math.max(0, step.scale()),
                        in.compareTo(out) < 0 ? RoundingMode.FLOOR : RoundingMode.CEILING);
        return refusal(assessor, shown) == null ? shown : in;
    }

    private static String refusal(ValueAssessor assessor, BigDecimal x) throws RuleRunException {
        try {
            assessor.at(x);
            return null;
        } catch (Refused refused) {
            return refused.getMessage();
        }
    }

    static String plain(BigDecimal x) {
        return x.stripTrailingZeros().toPlainString().replaceAll("^-0$", "0");
    }
}
