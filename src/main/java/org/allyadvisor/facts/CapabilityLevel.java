package org.allyadvisor.facts;

/**
 * One known capability maturity of one ally, so that rules can reason over capabilities one by one
 * rather than field by field. Only known maturities become facts.
 */
public record CapabilityLevel(String ally, Capability capability, int maturity) {}
