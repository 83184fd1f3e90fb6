package org.allyadvisor.results;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.allyadvisor.advice.Distance;
import org.allyadvisor.advice.Priority;
import org.allyadvisor.facts.SupportLevel;

/**
 * How a score was reached: {@code 100 × severity × threat × support × distance} weights, the
 * product rounded to one decimal. Every weight comes from {@code scoring} in the thresholds file,
 * so a reader can redo the arithmetic from what is shown here.
 *
 * @param severity the severity the deciding rule asked for
 * @param threatLevel the ally's threat level, or null when it is a data gap
 * @param support the US support scenario of the run
 * @param distance how far past its line the rule found the ally, or null for a rule whose condition
 *     has no degrees (a framework is missing or it is not)
 * @param fullDistance the distance at which the distance weight reaches 1.0, or null with no
 *     distance
 * @param distanceWeight from the weight of an ally just past the line up to 1.0 at full distance
 * @param threatJudged the threat level is an analyst's judgement, not a sourced or derived value
 */
public record Scoring(
        Priority severity,
        double severityWeight,
        Integer threatLevel,
        double threatWeight,
        SupportLevel support,
        double supportWeight,
        Distance distance,
        Double fullDistance,
        double distanceWeight,
        boolean threatJudged) {

    public Scoring(
            Priority severity,
            double severityWeight,
            Integer threatLevel,
            double threatWeight,
            SupportLevel support,
            double supportWeight,
            Distance distance,
            Double fullDistance,
            double distanceWeight) {
        this(
                severity,
                severityWeight,
                threatLevel,
                threatWeight,
                support,
                supportWeight,
                distance,
                fullDistance,
                distanceWeight,
                false);
    }

    /** The same arithmetic, saying that the threat level it weighs is an analyst's judgement. */
    public Scoring withThreatJudged() {
        return new Scoring(
                severity,
                severityWeight,
                threatLevel,
                threatWeight,
                support,
                supportWeight,
                distance,
                fullDistance,
                distanceWeight,
                true);
    }

    /** The score, 0..100. */
    public double score() {
        double raw = 100.0 * severityWeight * threatWeight * supportWeight * distanceWeight;
        return BigDecimal.valueOf(raw).setScale(1, RoundingMode.HALF_UP).doubleValue();
    }

    /**
     * How far along the way to full distance, to tell apart equal scores: 1.0 at full distance and
     * growing past it, so the ally further past the line comes first; 1.0 for a rule with no
     * distance.
     */
    public double distanceRatio() {
        return distance == null ? 1.0 : distance.value() / fullDistance;
    }

    /** The arithmetic in words: {@code 100 × 0.8 (severity HIGH) × ... = 60.7}. */
    public String formula() {
        String text =
                "100 × "
                        + plain(severityWeight)
                        + " (severity "
                        + severity
                        + ") × "
                        + plain(threatWeight)
                        + (threatLevel == null
                                ? " (threat level unknown)"
                                : " (threat level "
                                        + threatLevel
                                        + (threatJudged ? ", an analysts' judgement)" : ")"))
                        + " × "
                        + plain(supportWeight)
                        + " (US support "
                        + support
                        + ") × "
                        + plain(distanceWeight);
        text +=
                distance == null
                        ? " (no degrees of distance)"
                        : " ("
                                + distance.measure()
                                + " "
                                + plain(distance.value())
                                + ", full at "
                                + plain(fullDistance)
                                + ")";
        return text + " = " + plain(score());
    }

    private static String plain(double value) {
        return BigDecimal.valueOf(value)
                .setScale(3, RoundingMode.HALF_UP)
                .stripTrailingZeros()
                .toPlainString();
    }
}
