package org.allyadvisor.facts;

/** How much military support the US gives its allies: the scenario an assessment runs under. */
public enum SupportLevel {
    FULL, REDUCED, MINIMAL;

    /** The article's shift: anything short of full support. */
    public boolean isReduced() {
        return this != FULL;
    }
}
