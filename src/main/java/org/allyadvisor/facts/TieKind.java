package org.allyadvisor.facts;

/** The kind of a regional tie between two allies. */
public enum TieKind {
    DEFENSE_AGREEMENT,
    JOINT_EXERCISES,
    INTEL_SHARING,
    COALITION
}
