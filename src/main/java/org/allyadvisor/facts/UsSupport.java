package org.allyadvisor.facts;

/**
 * What the ally receives from the US now: what the US-assistance rules (BUD-4, US-1..5) and the
 * reliance risk (RISK-2) weigh once that support is limited. A null component is a data gap. In
 * code, make one with {@link #builder()}, which checks each value as it is set.
 *
 * @param assistanceUsdM annual US security assistance received, US$ million
 * @param dependence reliance on US-supplied critical capabilities; when it is not given, the rules
 *     may derive it from the two import figures (DEP-1)
 * @param usTroops US personnel stationed in the ally
 * @param usShareOfArmsImportsPct the US share of the ally's major-arms imports over a five-year
 *     window, percent of SIPRI trend-indicator value (TIV)
 * @param armsImportsTiv the ally's major-arms imports from every supplier over that window, SIPRI
 *     TIV million
 */
public record UsSupport(
        Double assistanceUsdM,
        Dependence dependence,
        Integer usTroops,
        Double usShareOfArmsImportsPct,
        Double armsImportsTiv) {

    /** Every value a data gap: what an ally's section is when nothing of it is known. */
    public static final UsSupport UNKNOWN = new UsSupport(null, null, null, null, null);

    /** US support without figures on arms imports. */
    public UsSupport(Double assistanceUsdM, Dependence dependence, Integer usTroops) {
        this(assistanceUsdM, dependence, usTroops, null, null);
    }

    /**
     * US support with every value a data gap, to be filled by named setters that check each value.
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds US support value by value. Each setter checks its value against the range the fact
     * vocabulary states ({@link FactSchema}) and throws {@link IllegalArgumentException} naming the
     * field and the value; null leaves a value a data gap.
     */
    public static final class Builder {
        private Double assistanceUsdM;
        private Dependence dependence;
        private Integer usTroops;
        private Double usShareOfArmsImportsPct;
        private Double armsImportsTiv;

        private Builder() {}

        /** Annual US security assistance received, US$ million: 0 or more. */
        public Builder assistanceUsdM(Double value) {
            assistanceUsdM = FactValues.inRange("usSupport.assistanceUsdM", value);
            return this;
        }

        /**
         * Reliance on US-supplied critical capabilities; left a gap, the rules may derive it
         * (DEP-1).
         */
        public Builder dependence(Dependence value) {
            dependence = value;
            return this;
        }

        /** US personnel stationed in the ally: 0 or more. */
        public Builder usTroops(Integer value) {
            usTroops = FactValues.inRange("usSupport.usTroops", value);
            return this;
        }

        /**
         * The US share of the ally's major-arms imports over five years, percent of TIV (0..100).
         */
        public Builder usShareOfArmsImportsPct(Double value) {
            usShareOfArmsImportsPct =
                    FactValues.inRange("usSupport.usShareOfArmsImportsPct", value);
            return this;
        }

        /**
         * The ally's major-arms imports from every supplier over those five years, SIPRI TIV
         * million: 0 or more.
         */
        public Builder armsImportsTiv(Double value) {
            armsImportsTiv = FactValues.inRange("usSupport.armsImportsTiv", value);
            return this;
        }

        /** The section with the values set; those not set are data gaps. */
        public UsSupport build() {
            return new UsSupport(
                    assistanceUsdM, dependence, usTroops, usShareOfArmsImportsPct, armsImportsTiv);
        }
    }
}
