package org.allyadvisor.sweep;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The values a sweep tries: {@code lo} to {@code hi}, both included.
 *
 * @param lo the lowest value, below {@code hi}
 * @param hi the highest value
 */
public record Range(BigDecimal lo, BigDecimal hi) {

    private static final Pattern WRITTEN =
            Pattern.compile(
                    "\\s*(-?[0-9]+(?:\\.[0-9]+)?)\\s*\\.\\.\\s*(-?[0-9]+(?:\\.[0-9]+)?)\\s*");

    public Range {
        if (lo.compareTo(hi) >= 0) {
            throw new IllegalArgumentException(
                    "the range "
                            + lo.toPlainString()
                            + ".."
                            + hi.toPlainString()
                            + " is empty: its low end must be below its high end");
        }
    }

    /**
     * A range as typed: {@code LO..HI} ({@code 1.5..3}, {@code -2..4}).
     *
     * @throws IllegalArgumentException saying what is wrong with it
     */
    public static Range parse(String text) {
        Matcher m = WRITTEN.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException(
                    "expected a range LO..HI of two numbers, such as 1.5..3, got '" + text + "'");
        }
        BigDecimal lo = new BigDecimal(m.group(1));
        BigDecimal hi = new BigDecimal(m.group(2));
        if (lo.compareTo(hi) >= 0) {
            throw new IllegalArgumentException(
                    "the range "
                            + text.strip()
                            + " is empty: its low end must be below its high end");
        }
        return new Range(lo, hi);
    }

    /**
     * {@code now} ± {@code fraction} of it; a whole-number range reaches at least one step either
     * side, as a tenth of a threshold level of 3 holds no other whole number. Around 0 a fraction
     * of nothing is nothing, so the range is then ±1.
     */
    public static Range around(BigDecimal now, BigDecimal fraction, boolean whole) {
        BigDecimal half = now.abs().multiply(fraction);
        if (half.signum() == 0) {
            half = BigDecimal.ONE;
        }
        BigDecimal lo = now.subtract(half);
        BigDecimal hi = now.add(half);
        if (whole) {
            lo = lo.setScale(0, RoundingMode.FLOOR).min(now.subtract(BigDecimal.ONE));
            hi = hi.setScale(0, RoundingMode.CEILING).max(now.add(BigDecimal.ONE));
        }
        return new Range(lo, hi);
    }

    public boolean contains(BigDecimal value) {
        return value.compareTo(lo) >= 0 && value.compareTo(hi) <= 0;
    }

    public BigDecimal width() {
        return hi.subtract(lo);
    }

    @Override
    public String toString() {
        return lo.stripTrailingZeros().toPlainString()
                + ".."
                + hi.stripTrailingZeros().toPlainString();
    }
}
