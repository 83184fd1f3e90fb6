package org.allyadvisor.facts;

/** How much an ally relies on US-supplied critical capabilities. */
public enum Dependence {
    LOW,
    MEDIUM,
    HIGH
}
