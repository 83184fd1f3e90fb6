package org.allyadvisor.text;

/** Numbers as messages write them: whole numbers without a decimal point. */
public final class Numbers {

    private Numbers() {}

    /** {@code 5} for 5.0, {@code 2.5} for 2.5. */
    public static String plain(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15
                ? Long.toString((long) value)
                : Double.toString(value);
    }
}
