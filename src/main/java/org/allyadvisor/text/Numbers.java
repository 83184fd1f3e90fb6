package org.allyadvisor.text;

import java.util.regex.Pattern;

/**
 * Numbers as messages write them (whole numbers without a decimal point), and as YAML files write
 * the ones that are not finite.
 */
public final class Numbers {

    /**
     * YAML's spellings of infinity and not-a-number, which Jackson types as numbers it cannot read.
     */
    private static final Pattern YAML_NOT_FINITE =
            Pattern.compile("[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)");

    private Numbers() {}

    /** {@code 5} for 5.0, {@code 2.5} for 2.5. */
    public static String plain(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15
                ? Long.toString((long) value)
                : Double.toString(value);
    }

    /** Whether a YAML number as written is {@code .inf}, {@code -.inf} or {@code .nan}. */
    public static boolean isYamlNotFinite(String written) {
        return YAML_NOT_FINITE.matcher(written).matches();
    }
}
