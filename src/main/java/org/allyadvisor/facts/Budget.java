package org.allyadvisor.facts;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * An ally's defense budget: what the budget rules (BUD-1..7) weigh against the NATO floor and core
 * target. A null component is a data gap, never a zero. In code, make one with {@link #builder()},
 * which checks each value as it is set: {@code
 * Budget.builder().gdpUsdBn(915.0).defenseUsdM(44300.0).realChangePct(-2.0).build()}.
 *
 * @param gdpUsdBn gross domestic product, US$ billion
 * @param defenseUsdM annual defense spending, US$ million
 * @param defensePctGdp defense spending as a share of GDP, percent (derived from the two above when
 *     absent)
 * @param equipmentPct share of defense spending on major equipment and R&amp;D, percent
 * @param realChangePct real change of defense spending on the previous year, percent, in the year
 *     the fact set describes
 * @param realChangeByYear the same change in earlier years, by year, in year order; a year that is
 *     not there (or mapped to null) is a gap for that year, and null (never empty) means no year is
 *     known
 */
public record Budget(
        Double gdpUsdBn,
        Double defenseUsdM,
        Double defensePctGdp,
        Double equipmentPct,
        Double realChangePct,
        Map<Integer, Double> realChangeByYear) {

    /** Every value a data gap: what an ally's section is when nothing of it is known. */
    public static final Budget UNKNOWN = new Budget(null, null, null, null, null);

    public Budget {
        realChangeByYear = byYear(realChangeByYear);
    }

    /**
     * A budget with every value a data gap, to be filled by named setters that check each value.
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding this budget's values, to change some of them by name; each value set is
     * checked as {@link #builder()}'s are.
     */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.gdpUsdBn = gdpUsdBn;
        builder.defenseUsdM = defenseUsdM;
        builder.defensePctGdp = defensePctGdp;
        builder.equipmentPct = equipmentPct;
        builder.realChangePct = realChangePct;
        if (realChangeByYear != null) {
            builder.realChangeByYear.putAll(realChangeByYear);
        }
        return builder;
    }

    /** A budget without the real change of earlier years. */
    public Budget(
            Double gdpUsdBn,
            Double defenseUsdM,
            Double defensePctGdp,
            Double equipmentPct,
            Double realChangePct) {
        this(gdpUsdBn, defenseUsdM, defensePctGdp, equipmentPct, realChangePct, null);
    }

    /** The budget with its share of GDP derived from spending and GDP when it was not given. */
    public Budget withDerivedShare() {
        if (defensePctGdp != null || gdpUsdBn == null || defenseUsdM == null || gdpUsdBn <= 0) {
            return this;
        }
        double share = Math.round(defenseUsdM / (gdpUsdBn * 1000.0) * 100.0 * 100.0) / 100.0;
        return new Budget(
                gdpUsdBn, defenseUsdM, share, equipmentPct, realChangePct, realChangeByYear);
    }

    /**
     * The real change of each of the {@code years} years that end with {@code asOfYear}, by year:
     * the as-of year's is {@link #realChangePct}, the earlier ones come from {@link
     * #realChangeByYear}. Null when any of them is a gap: a trend with a year missing is no trend.
     */
    public SortedMap<Integer, Double> realChangeWindow(int asOfYear, int years) {
        if (realChangePct == null || !knowsRealChangeBefore(asOfYear, years)) {
            return null;
        }
        SortedMap<Integer, Double> window = new TreeMap<>();
        for (int year = asOfYear - years + 1; year < asOfYear; year++) {
            window.put(year, realChangeByYear.get(year));
        }
        window.put(asOfYear, realChangePct);
        return Collections.unmodifiableSortedMap(window);
    }

    /**
     * Whether the real change of the {@code years - 1} years before {@code asOfYear} is known, each
     * of them.
     */
    public boolean knowsRealChangeBefore(int asOfYear, int years) {
        for (int year = asOfYear - years + 1; year < asOfYear; year++) {
            if (realChangeByYear == null || !realChangeByYear.containsKey(year)) {
                return false;
            }
        }
        return true;
    }

    private static Map<Integer, Double> byYear(Map<Integer, Double> given) {
        if (given == null) {
            return null;
        }
        SortedMap<Integer, Double> known = new TreeMap<>();
        given.forEach(
                (year, change) -> {
                    if (change != null) {
                        known.put(Objects.requireNonNull(year, "year"), change);
                    }
                });
        return known.isEmpty() ? null : Collections.unmodifiableSortedMap(known);
    }

    /**
     * Builds a budget value by value. Each setter checks its value against the range the fact
     * vocabulary states ({@link FactSchema}) and throws {@link IllegalArgumentException} naming the
     * field and the value; null leaves a value a data gap.
     */
    public static final class Builder {
        private Double gdpUsdBn;
        private Double defenseUsdM;
        private Double defensePctGdp;
        private Double equipmentPct;
        private Double realChangePct;
        private final SortedMap<Integer, Double> realChangeByYear = new TreeMap<>();

        private Builder() {}

        /** Gross domestic product, US$ billion: 0 or more. */
        public Builder gdpUsdBn(Double value) {
            gdpUsdBn = FactValues.inRange("budget.gdpUsdBn", value);
            return this;
        }

        /** Annual defense spending, US$ million: 0 or more. */
        public Builder defenseUsdM(Double value) {
            defenseUsdM = FactValues.inRange("budget.defenseUsdM", value);
            return this;
        }

        /**
         * Defense spending as a share of GDP, percent (0..100); derived from the two above when not
         * set.
         */
        public Builder defensePctGdp(Double value) {
            defensePctGdp = FactValues.inRange("budget.defensePctGdp", value);
            return this;
        }

        /** Share of defense spending on major equipment and R&amp;D, percent (0..100). */
        public Builder equipmentPct(Double value) {
            equipmentPct = FactValues.inRange("budget.equipmentPct", value);
            return this;
        }

        /**
         * Real change of defense spending on the previous year, percent (-100 or more), in the year
         * the facts describe.
         */
        public Builder realChangePct(Double value) {
            realChangePct = FactValues.inRange("budget.realChangePct", value);
            return this;
        }

        /**
         * The real change in an earlier {@code year} (1900..2100), percent (-100 or more); null
         * makes that year a gap again.
         */
        public Builder realChange(int year, Double pct) {
            String path = "budget.realChangeByYear." + year;
            if (!FactSchema.isYear(year)) {
                throw new IllegalArgumentException(
                        path
                                + ": not a year from "
                                + FactSchema.MIN_YEAR
                                + " to "
                                + FactSchema.MAX_YEAR);
            }
            FactField field = FactSchema.field("budget.realChangeByYear").orElseThrow();
            FactValues.inRange(path, pct, field.min(), field.max());
            if (pct == null) {
                realChangeByYear.remove(year);
            } else {
                realChangeByYear.put(year, pct);
            }
            return this;
        }

        /** The budget; its share of GDP derived from spending and GDP when it was not set. */
        public Budget build() {
            return new Budget(
                            gdpUsdBn,
                            defenseUsdM,
                            defensePctGdp,
                            equipmentPct,
                            realChangePct,
                            realChangeByYear.isEmpty() ? null : realChangeByYear)
                    .withDerivedShare();
        }
    }
}
