package org.allyadvisor.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.allyadvisor.uncertainty.Firmness;
import org.allyadvisor.uncertainty.Stability;

/** How every output of a study of uncertainty words its shares, intervals and ranges. */
final class StabilityWords {

    /** What the columns mean, said once. */
    static final String LEGEND =
            "As given = share of variants in which the advice holds as on the facts given (at its"
                    + " priority; absent for advice only variants raise); held = at any priority. Firm: as given in 95% of"
                    + " variants or more; likely: over 65%; toss-up: 35% to 65%; unlikely: under 35%. Rank: 5th to 95th"
                    + " percentile over the variants in which the action holds.";

    private StabilityWords() {}

    /** A share of the variants as a percent with one decimal: {@code 97.3%}. */
    static String share(int count, int variants) {
        return String.format(Locale.ROOT, "%.1f%%", 100.0 * count / variants);
    }

    /**
     * {@code 2–4}, or {@code 3} when the interval is one rank; {@code -} when the action never
     * holds.
     */
    static String ranks(Stability.Interval interval) {
        if (interval.max() == 0) {
            return "-";
        }
        return interval.p5() == interval.p95()
                ? Integer.toString(interval.p5())
                : interval.p5() + "–" + interval.p95();
    }

    /**
     * The priorities held, most urgent first, each with its share: {@code HIGH 62.0%, MEDIUM
     * 38.0%}.
     */
    static String mix(Map<String, Integer> counts, int variants) {
        List<String> parts = new ArrayList<>();
        for (String priority : List.of("CRITICAL", "HIGH", "MEDIUM", "LOW")) {
            int count = counts.getOrDefault(priority, 0);
            if (count > 0) {
                parts.add(priority + " " + share(count, variants));
            }
        }
        return parts.isEmpty() ? "never" : String.join(", ", parts);
    }

    /** One declared range as a line: what it varies, by how much, for whom, and why. */
    static String range(Stability.RangeUsed range) {
        String whom =
                range.kind().equals("fact")
                        ? " for "
                                + (range.allies().size() == 1
                                        ? range.allies().get(0)
                                        : range.allies().size() + " allies")
                        : "";
        return range.name()
                + " "
                + range.range()
                + whom
                + (range.judgement() ? " (an analysts' judgement)" : "")
                + ": "
                + range.basis()
                + (range.at().isEmpty() ? "" : " [" + range.at() + "]");
    }

    /**
     * How many of the portfolio's priorities are of each firmness: {@code 60 firm, 8 likely, 4
     * toss-ups, 2 unlikely}.
     */
    static String portfolioCounts(List<Stability.PortfolioStability> portfolio) {
        int[] counts = new int[Firmness.values().length];
        portfolio.forEach(p -> counts[p.firmness().ordinal()]++);
        return counts[0]
                + " firm, "
                + counts[1]
                + " likely, "
                + counts[2]
                + (counts[2] == 1 ? " toss-up, " : " toss-ups, ")
                + counts[3]
                + " unlikely";
    }
}
