package org.allyadvisor.facts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.allyadvisor.text.Numbers;

/**
 * Checks of single values against the bounds {@link FactSchema} states, for builders and for {@link
 * FactSetChecks}: the bounds are written once, in the schema, and every check reads them from
 * there.
 */
final class FactValues {

    private FactValues() {}

    /**
     * What is wrong with {@code value} between {@code min} and {@code max} (either may be null: no
     * bound), as a message's tail ({@code -1.0 is below 0}); null when nothing is. A null value is
     * a data gap and never wrong.
     */
    static String rangeProblem(Number value, Double min, Double max) {
        if (value == null) {
            return null;
        }
        double number = value.doubleValue();
        if (Double.isNaN(number) || Double.isInfinite(number)) {
            return value + " is not a finite number";
        }
        if (min != null && number < min) {
            return value + " is below " + Numbers.plain(min);
        }
        if (max != null && number > max) {
            return value + " is above " + Numbers.plain(max);
        }
        return null;
    }

    /** The value of the schema's field {@code path}, checked against its range. */
    static <N extends Number> N inRange(String path, N value) {
        FactField field =
                FactSchema.field(path)
                        .orElseThrow(
                                () ->
                                        new IllegalStateException(
                                                "no fact field '" + path + "' in the schema"));
        return inRange(path, value, field.min(), field.max());
    }

    /**
     * The value, checked against {@code min..max} (either may be null: no bound); the exception
     * names {@code path} and the value.
     */
    static <N extends Number> N inRange(String path, N value, Double min, Double max) {
        String problem = rangeProblem(value, min, max);
        if (problem != null) {
            throw new IllegalArgumentException(path + ": " + problem);
        }
        return value;
    }

    /**
     * An immutable copy of {@code items}, or null for null (a data gap): a null item is refused by
     * its index ({@code memberships[2] is null}), where {@code List.copyOf} would throw a bare
     * NullPointerException.
     */
    static <T> List<T> copyOrGap(String name, Collection<? extends T> items) {
        return items == null ? null : copy(name, items);
    }

    /** An immutable copy of {@code items}, each of them and the collection itself required. */
    static <T> List<T> copy(String name, Collection<? extends T> items) {
        if (items == null) {
            throw new NullPointerException(name + " is null");
        }
        List<T> copy = new ArrayList<>(items.size());
        for (T item : items) {
            if (item == null) {
                throw new NullPointerException(name + "[" + copy.size() + "] is null");
            }
            copy.add(item);
        }
        return List.copyOf(copy);
    }
}
