package org.allyadvisor.facts;

/**
 * What the ally receives from the US now. A null component is a data gap.
 *
 * @param assistanceUsdM          annual US security assistance received, US$ million
 * @param dependence              reliance on US-supplied critical capabilities; when it is not given,
 *                                the rules may derive it from the two import figures (DEP-1)
 * @param usTroops                US personnel stationed in the ally
 * @param usShareOfArmsImportsPct the US share of the ally's major-arms imports over a five-year
 *                                window, percent of SIPRI trend-indicator value (TIV)
 * @param armsImportsTiv          the ally's major-arms imports from every supplier over that window,
 *                                SIPRI TIV million
 */
public record UsSupport(Double assistanceUsdM, Dependence dependence, Integer usTroops,
                        Double usShareOfArmsImportsPct, Double armsImportsTiv) {

    public static final UsSupport UNKNOWN = new UsSupport(null, null, null, null, null);

    /** US support without figures on arms imports. */
    public UsSupport(Double assistanceUsdM, Dependence dependence, Integer usTroops) {
        this(assistanceUsdM, dependence, usTroops, null, null);
    }
}
