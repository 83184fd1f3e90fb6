package org.allyadvisor.rules;

/**
 * How far a threshold is in dispute: the interval a study of how firm the advice is ({@code assess
 * --uncertainty N}) draws it from, as the {@code uncertainty} section of the thresholds file
 * declares it.
 *
 * @param path the threshold ({@code budget.floorPctGdp})
 * @param value the value the file writes for it
 * @param low the least value drawn
 * @param high the greatest value drawn
 * @param whole whether the threshold takes whole numbers only: a drawn value is rounded
 * @param written the range as written: {@code ±0.25}, {@code ±10%}, {@code 1.8..2.2}
 * @param basis why the threshold is in dispute by this much; empty when the file gives no reason
 * @param at where the range is written ({@code rules/thresholds.yaml:140})
 */
public record ThresholdRange(
        String path,
        double value,
        double low,
        double high,
        boolean whole,
        String written,
        String basis,
        String at) {

    /** A value drawn from the range with {@code uniform}, a number in [0, 1). */
    public double draw(double uniform) {
        double drawn = low + uniform * (high - low);
        return whole ? Math.round(drawn) : drawn;
    }
}
