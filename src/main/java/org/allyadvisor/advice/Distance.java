package org.allyadvisor.advice;

/**
 * How far past its line a rule found an ally, in the rule's own measure: spending at 1.3% of GDP
 * under a 2% floor is {@code pointsBelowFloor} 0.7. Zero is the line itself.
 *
 * @param measure the measure's name, a key of {@code scoring.distance.full} in the thresholds file
 * @param value 0 or more, in the measure's unit
 */
public record Distance(String measure, double value) {

    public Distance {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(
                    "distance '" + measure + "' must be a number of 0 or more, got " + value);
        }
    }
}
