package org.allyadvisor.advice;

/** The consequences of reduced US backing that the article names. */
public enum RiskKind {
    STRETCHED_CAPACITY,
    RELIABILITY_REASSESSMENT,
    EMERGING_POWER_GAP,
    BILATERAL_ONLY
}
