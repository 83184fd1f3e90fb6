package org.allyadvisor.policy;

/**
 * Interoperability and burden-sharing levels (INT-1..4, US-1, US-3).
 *
 * @param lowScore a score (0..100) below this is low interoperability
 * @param highScore a score at or above this is high interoperability
 * @param minJointExercisesPerYear fewer joint exercises a year than this calls for more
 * @param usTroopsPerOwnDefenseUsdBn US personnel stationed per US$1 billion of the ally's own
 *     defense spending at or above which US forces carry a large share of its defense
 */
public record InteroperabilityPolicy(
        int lowScore,
        int highScore,
        int minJointExercisesPerYear,
        double usTroopsPerOwnDefenseUsdBn) {}
