package org.allyadvisor.sweep;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.allyadvisor.facts.Ally;
import org.allyadvisor.facts.FactField;
import org.allyadvisor.facts.FactSchema;
import org.allyadvisor.facts.FactSet;
import org.allyadvisor.facts.FieldType;
import org.allyadvisor.facts.read.BadFactsException;
import org.allyadvisor.text.NearestName;
import org.allyadvisor.whatif.Settings;

/**
 * One ally's numeric fact to sweep, changed as {@code whatif --set} changes it: checked as a fact
 * file's value is (a share above 100 is refused), the share of GDP derived again when spending or
 * GDP moves, the value's declared origin dropped.
 */
record FactAxis(String ally, FactField field, Swept swept) {

    static FactAxis resolve(FactSet facts, String name) throws SweepException {
        int dot = name.indexOf('.');
        if (dot <= 0 || dot == name.length() - 1) {
            throw new SweepException(
                    "expected --fact ALLY.FIELD, such as POL.budget.realChangePct, got '"
                            + name
                            + "'");
        }
        String id = name.substring(0, dot).toUpperCase(Locale.ROOT);
        String path = name.substring(dot + 1);
        List<String> ids = facts.allies().stream().map(Ally::id).toList();
        Ally ally =
                facts.ally(id)
                        .orElseThrow(
                                () ->
                                        new SweepException(
                                                NearestName.among(id, ids)
                                                        .map(
                                                                n ->
                                                                        "no ally '"
                                                                                + id
                                                                                + "' in the facts; did you mean '"
                                                                                + n
                                                                                + "'?")
                                                        .orElse(
                                                                "no ally '"
                                                                        + id
                                                                        + "' in the facts; they have "
                                                                        + String.join(", ", ids))));
        List<String> numeric =
                FactSchema.allyFields().stream()
                        .filter(f -> f.type() == FieldType.NUMBER || f.type() == FieldType.INTEGER)
                        .map(FactField::path)
                        .toList();
        Optional<FactField> known = FactSchema.field(path);
        if (known.isEmpty()) {
            throw new SweepException(
                    NearestName.among(path, numeric)
                            .map(n -> "unknown fact '" + path + "'; did you mean '" + n + "'?")
                            .orElse(
                                    "unknown fact '"
                                            + path
                                            + "'; numeric facts: "
                                            + String.join(", ", numeric)));
        }
        FactField field = known.get();
        if (!numeric.contains(field.path())) {
            throw new SweepException(
                    "fact "
                            + field.path()
                            + " is not a number ("
                            + field.type().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                            + "): sweep varies numeric facts, such as "
                            + String.join(", ", numeric.subList(0, 3)));
        }
        Object value = field.value().apply(ally);
        BigDecimal now = value == null ? null : new BigDecimal(value.toString());
        return new FactAxis(
                id,
                field,
                new Swept(
                        Swept.Kind.FACT,
                        id + "." + field.path(),
                        now,
                        field.type() == FieldType.INTEGER,
                        ""));
    }

    FactSet changed(FactSet facts, BigDecimal value) throws Refused {
        try {
            return Settings.apply(facts, List.of(Map.entry(swept.name(), FlipSearch.plain(value))));
        } catch (BadFactsException refused) {
            throw new Refused(refused.problems().get(0).message());
        }
    }

    /**
     * ±{@code span} of the value now, widened to take in every other ally's value of the field
     * (what the ally would look like with a neighbour's figure), within what the field allows.
     */
    Range defaultRange(FactSet facts, BigDecimal span) {
        Range around = Range.around(swept.now(), span, swept.whole());
        BigDecimal lo = around.lo();
        BigDecimal hi = around.hi();
        for (Ally other : facts.allies()) {
            Object value = field.value().apply(other);
            if (value != null) {
                BigDecimal v = new BigDecimal(value.toString());
                lo = lo.min(v);
                hi = hi.max(v);
            }
        }
        if (field.min() != null) {
            lo = lo.max(BigDecimal.valueOf(field.min()));
        }
        if (field.max() != null) {
            hi = hi.min(BigDecimal.valueOf(field.max()));
        }
        return lo.compareTo(hi) < 0 ? new Range(lo, hi) : around;
    }
}
