package org.allyadvisor.uncertainty;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.allyadvisor.facts.Ally;
import org.allyadvisor.facts.FactField;
import org.allyadvisor.facts.FactRange;
import org.allyadvisor.facts.FactRanges;
import org.allyadvisor.facts.FactSchema;
import org.allyadvisor.facts.FactSet;
import org.allyadvisor.facts.FieldType;

/**
 * Makes variants of a fact set: every value with a declared range is drawn uniformly from {@code
 * value ± half-width}, cut to the field's own bounds (a share of GDP stays 0..100), whole numbers
 * rounded to the nearest. A value that is a data gap stays a gap: a range says how far a known
 * figure may be off, it never invents one.
 */
final class FactVariants {

    private final FactSet facts;
    private final FactRanges ranges;

    FactVariants(FactSet facts) {
        this.facts = facts;
        this.ranges = facts.ranges();
    }

    /** Whether any value of the set would vary. */
    boolean varies() {
        return facts.allies().stream()
                .anyMatch(
                        ally ->
                                ranges.ofAlly(ally.id()).entrySet().stream()
                                        .anyMatch(
                                                e ->
                                                        FactSchema.field(e.getKey())
                                                                .map(
                                                                        f ->
                                                                                f.value()
                                                                                                .apply(
                                                                                                        ally)
                                                                                        != null)
                                                                .orElse(false)));
    }

    /**
     * One variant. Allies and their fields are drawn in a fixed order (input order, then path
     * order) so that a generator gives the same variant every time.
     */
    FactSet draw(SplittableRandom random) {
        List<Ally> allies = new ArrayList<>(facts.allies().size());
        for (Ally ally : facts.allies()) {
            Map<String, FactRange> own = ranges.ofAlly(ally.id());
            if (own.isEmpty()) {
                allies.add(ally);
                continue;
            }
            Map<String, Object> changes = new HashMap<>();
            own.forEach(
                    (path, range) -> {
                        FactField field = FactSchema.field(path).orElseThrow();
                        Object value = field.value().apply(ally);
                        if (value != null) {
                            changes.put(path, drawn(field, range, value, random));
                        }
                    });
            allies.add(changes.isEmpty() ? ally : FactSchema.with(ally, changes));
        }
        return facts.withAllies(allies);
    }

    private static Object drawn(
            FactField field, FactRange range, Object value, SplittableRandom random) {
        if (field.type() == FieldType.NUMBER_BY_YEAR) {
            @SuppressWarnings("unchecked")
            Map<Integer, Double> byYear = (Map<Integer, Double>) value;
            Map<Integer, Double> drawn = new TreeMap<>();
            byYear.forEach((year, v) -> drawn.put(year, number(field, range, v, random)));
            return drawn;
        }
        double v = ((Number) value).doubleValue();
        double d = number(field, range, v, random);
        return field.type() == FieldType.INTEGER ? (Object) (int) Math.round(d) : (Object) d;
    }

    /**
     * A number drawn uniformly within the range around {@code value}, inside the field's bounds.
     */
    static double number(FactField field, FactRange range, double value, SplittableRandom random) {
        double half = range.halfWidth(value);
        double low = value - half;
        double high = value + half;
        if (field.min() != null) {
            low = Math.max(low, field.min());
            high = Math.max(high, field.min());
        }
        if (field.max() != null) {
            low = Math.min(low, field.max());
            high = Math.min(high, field.max());
        }
        return high > low ? low + random.nextDouble() * (high - low) : low;
    }
}
