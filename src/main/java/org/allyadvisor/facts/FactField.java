package org.allyadvisor.facts;

import java.util.List;
import java.util.function.Function;
import org.allyadvisor.text.Numbers;

/**
 * One field of an ally's facts, by its dotted path in fact files ({@code budget.defensePctGdp}).
 * The reader checks values against it; the engine asks it whether a value is known.
 *
 * @param path dotted path, as written in YAML/JSON nesting and CSV column names
 * @param type what kind of value it holds
 * @param min smallest allowed value (numbers), or null
 * @param max largest allowed value (numbers), or null
 * @param allowed the allowed names (enums), empty otherwise
 * @param value reads the field from an ally; null when it is a data gap
 */
public record FactField(
        String path,
        FieldType type,
        Double min,
        Double max,
        List<String> allowed,
        Function<Ally, Object> value) {

    public FactField {
        allowed = List.copyOf(allowed);
    }

    /**
     * The field's name within its section: {@code defensePctGdp} for {@code budget.defensePctGdp}.
     */
    public String name() {
        return path.substring(path.lastIndexOf('.') + 1);
    }

    /** The section the field sits in ({@code budget}), or empty for a top-level field. */
    public String section() {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? "" : path.substring(0, dot);
    }

    public String rangeText() {
        if (min != null && max != null) {
            return Numbers.plain(min) + ".." + Numbers.plain(max);
        }
        return min != null ? ">= " + Numbers.plain(min) : "<= " + Numbers.plain(max);
    }
}
