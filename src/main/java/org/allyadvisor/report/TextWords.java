package org.allyadvisor.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.allyadvisor.results.Explanation.Observation;

/** How an explanation says values and failed tests in words, shared by the text and JSON forms. */
final class TextWords {

    private TextWords() {}

    /**
     * A number to three decimals at most, without trailing zeros: {@code 0.03}, {@code 131.233},
     * {@code 2}.
     */
    static double rounded(double value) {
        return BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_UP).doubleValue();
    }

    static String value(Object value) {
        if (value == null) {
            return "missing";
        }
        if (value instanceof Double || value instanceof Float) {
            return BigDecimal.valueOf(((Number) value).doubleValue())
                    .setScale(3, RoundingMode.HALF_UP)
                    .stripTrailingZeros()
                    .toPlainString();
        }
        if (value instanceof Map<?, ?> map) {
            List<String> parts = new ArrayList<>();
            new TreeMap<>(stringKeys(map)).forEach((k, v) -> parts.add(k + ": " + value(v)));
            return "{" + String.join(", ", parts) + "}";
        }
        if (value instanceof Collection<?> items) {
            List<String> parts = new ArrayList<>();
            items.forEach(item -> parts.add(value(item)));
            if (!(value instanceof List<?>)) {
                parts.sort(null); // a set has no order of its own
            }
            return "[" + String.join(", ", parts) + "]";
        }
        return value.toString();
    }

    private static Map<String, Object> stringKeys(Map<?, ?> map) {
        Map<String, Object> keyed = new TreeMap<>();
        map.forEach((k, v) -> keyed.put(String.valueOf(k), v));
        return keyed;
    }

    /**
     * What a failed comparison says in words: {@code is not below}, {@code is not at or above}, ...
     */
    private static String negated(String operator) {
        return switch (operator) {
            case "<" -> "is not below";
            case "<=" -> "is not at or below";
            case ">" -> "is not above";
            case ">=" -> "is not at or above";
            case "==" -> "is not";
            case "!=" -> "is";
            case "in" -> "is not in";
            default ->
                    operator.startsWith("not ")
                            ? "does " + operator.replace("not ", "")
                            : "is not " + operator;
        };
    }

    /**
     * One try of a failed test in words: {@code budget.defensePctGdp 2.03 is not below threshold
     * budget.floorPctGdp 2 (0.03 above)}; {@code interoperability.score is missing (a data gap)}.
     */
    static String observation(Observation seen) {
        if (seen.operator() == null) {
            StringBuilder text = new StringBuilder(seen.left()).append(" does not hold");
            if (!seen.values().isEmpty()) {
                List<String> parts = new ArrayList<>();
                seen.values().forEach((name, v) -> parts.add(name + " = " + value(v)));
                text.append(": ").append(String.join(", ", parts));
            }
            return text.toString();
        }
        if (seen.leftValue() == null
                && ("!=".equals(seen.operator()) || "==".equals(seen.operator()))
                && "null".equals(seen.right())) {
            return seen.left() + " is missing (a data gap)";
        }
        if (seen.leftValue() == null) {
            return seen.left() + " is missing, so it cannot be compared with " + side(seen);
        }
        String text =
                seen.left()
                        + " "
                        + value(seen.leftValue())
                        + " "
                        + negated(seen.operator())
                        + " "
                        + side(seen);
        if (seen.distance() != null
                && seen.leftValue() instanceof Number left
                && seen.rightValue() instanceof Number right) {
            double gap = rounded(seen.distance());
            text +=
                    gap == 0
                            ? " (equal)"
                            : " ("
                                    + value(gap)
                                    + (left.doubleValue() > right.doubleValue()
                                            ? " above)"
                                            : " below)");
        }
        return text;
    }

    /**
     * The right side: a threshold by its name, an expression with its value, a literal as written.
     */
    private static String side(Observation seen) {
        if (seen.threshold() != null) {
            return "threshold " + seen.threshold() + " " + value(seen.rightValue());
        }
        if (seen.rightValue() == null
                || value(seen.rightValue()).equals(seen.right())
                || seen.right().equals("\"" + seen.rightValue() + "\"")) {
            return seen.right();
        }
        return seen.right() + " " + value(seen.rightValue());
    }
}
