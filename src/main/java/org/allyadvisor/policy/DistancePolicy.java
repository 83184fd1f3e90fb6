package org.allyadvisor.policy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import org.allyadvisor.advice.Distance;

/**
 * How much the distance past a rule's line weighs in a score: {@code atTheLine} for an ally just
 * past it, rising in a straight line to 1.0 at the measure's full distance, and 1.0 beyond.
 *
 * @param atTheLine the weight of an ally at the line itself (distance 0)
 * @param full for each measure a rule states, the distance at which the weight reaches 1.0
 */
public record DistancePolicy(double atTheLine, Map<String, Double> full) {

    public DistancePolicy {
        full = Collections.unmodifiableMap(new TreeMap<>(full));
    }

    /**
     * The weight of a distance, to three decimals so that the arithmetic shown adds up; 1.0 for a
     * rule that states none.
     */
    public double weight(Distance distance) {
        if (distance == null) {
            return 1.0;
        }
        double share = Math.min(1.0, distance.value() / fullOf(distance.measure()));
        return BigDecimal.valueOf(atTheLine + (1 - atTheLine) * share)
                .setScale(3, RoundingMode.HALF_UP)
                .doubleValue();
    }

    /** The full distance of a measure. */
    public double fullOf(String measure) {
        Double distance = full.get(measure);
        if (distance == null) {
            throw new IllegalArgumentException(
                    "distance '" + measure + "' has no full distance in scoring.distance.full");
        }
        return distance;
    }
}
