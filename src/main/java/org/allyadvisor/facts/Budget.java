package org.allyadvisor.facts;

/**
 * An ally's defense budget. A null component is a data gap, never a zero.
 *
 * @param gdpUsdBn      gross domestic product, US$ billion
 * @param defenseUsdM   annual defense spending, US$ million
 * @param defensePctGdp defense spending as a share of GDP, percent (derived from the two above when absent)
 * @param equipmentPct  share of defense spending on major equipment and R&amp;D, percent
 * @param realChangePct real change of defense spending on the previous year, percent
 */
public record Budget(Double gdpUsdBn, Double defenseUsdM, Double defensePctGdp, Double equipmentPct,
                     Double realChangePct) {

    public static final Budget UNKNOWN = new Budget(null, null, null, null, null);

    /** The budget with its share of GDP derived from spending and GDP when it was not given. */
    public Budget withDerivedShare() {
        if (defensePctGdp != null || gdpUsdBn == null || defenseUsdM == null || gdpUsdBn <= 0) {
            return this;
        }
        double share = Math.round(defenseUsdM / (gdpUsdBn * 1000.0) * 100.0 * 100.0) / 100.0;
        return new Budget(gdpUsdBn, defenseUsdM, share, equipmentPct, realChangePct);
    }
}
