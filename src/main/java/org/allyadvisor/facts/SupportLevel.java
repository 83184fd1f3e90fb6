package org.allyadvisor.facts;

/** How much military support the US gives its allies: the scenario an assessment runs under. */
public enum SupportLevel {
    FULL,
    REDUCED,
    MINIMAL
}
