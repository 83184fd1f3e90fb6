package org.allyadvisor.policy;

/**
 * Interoperability levels (INT-1..3, US-1, US-3).
 *
 * @param lowScore                  a score (0..100) below this is low interoperability
 * @param highScore                 a score at or above this is high interoperability
 * @param minJointExercisesPerYear  fewer joint exercises a year than this calls for more
 */
public record InteroperabilityPolicy(int lowScore, int highScore, int minJointExercisesPerYear) {
}
