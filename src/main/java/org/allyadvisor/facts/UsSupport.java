package org.allyadvisor.facts;

/**
 * What the ally receives from the US now. A null component is a data gap.
 *
 * @param assistanceUsdM annual US security assistance received, US$ million
 * @param dependence     reliance on US-supplied critical capabilities
 * @param usTroops       US personnel stationed in the ally
 */
public record UsSupport(Double assistanceUsdM, Dependence dependence, Integer usTroops) {

    public static final UsSupport UNKNOWN = new UsSupport(null, null, null);
}
