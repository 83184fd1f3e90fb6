package org.allyadvisor.facts;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * An ally's defense budget. A null component is a data gap, never a zero.
 *
 * @param gdpUsdBn         gross domestic product, US$ billion
 * @param defenseUsdM      annual defense spending, US$ million
 * @param defensePctGdp    defense spending as a share of GDP, percent (derived from the two above when absent)
 * @param equipmentPct     share of defense spending on major equipment and R&amp;D, percent
 * @param realChangePct    real change of defense spending on the previous year, percent, in the year
 *                         the fact set describes
 * @param realChangeByYear the same change in earlier years, by year, in year order; a year that is
 *                         not there (or mapped to null) is a gap for that year, and null (never
 *                         empty) means no year is known
 */
public record Budget(Double gdpUsdBn, Double defenseUsdM, Double defensePctGdp, Double equipmentPct,
                     Double realChangePct, Map<Integer, Double> realChangeByYear) {

    public static final Budget UNKNOWN = new Budget(null, null, null, null, null);

    public Budget {
        realChangeByYear = byYear(realChangeByYear);
    }

    /** A budget without the real change of earlier years. */
    public Budget(Double gdpUsdBn, Double defenseUsdM, Double defensePctGdp, Double equipmentPct,
                  Double realChangePct) {
        this(gdpUsdBn, defenseUsdM, defensePctGdp, equipmentPct, realChangePct, null);
    }

    /** The budget with its share of GDP derived from spending and GDP when it was not given. */
    public Budget withDerivedShare() {
        if (defensePctGdp != null || gdpUsdBn == null || defenseUsdM == null || gdpUsdBn <= 0) {
            return this;
        }
        double share = Math.round(defenseUsdM / (gdpUsdBn * 1000.0) * 100.0 * 100.0) / 100.0;
        return new Budget(gdpUsdBn, defenseUsdM, share, equipmentPct, realChangePct, realChangeByYear);
    }

    /**
     * The real change of each of the {@code years} years that end with {@code asOfYear}, by year:
     * the as-of year's is {@link #realChangePct}, the earlier ones come from {@link #realChangeByYear}.
     * Null when any of them is a gap: a trend with a year missing is no trend.
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

    /** Whether the real change of the {@code years - 1} years before {@code asOfYear} is known, each of them. */
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
        given.forEach((year, change) -> {
            if (change != null) {
                known.put(Objects.requireNonNull(year, "year"), change);
            }
        });
        return known.isEmpty() ? null : Collections.unmodifiableSortedMap(known);
    }
}
