package org.allyadvisor.facts;

import java.util.Objects;
import org.allyadvisor.text.Numbers;

/**
 * How far a declared fact value may be off: plus or minus a width in the field's own unit, or a
 * percent of the value. A Monte Carlo study ({@code assess --uncertainty N}) draws each value it
 * varies from this range, so the basis travels with it into the report.
 *
 * @param field the fact field it speaks for ({@code budget.defensePctGdp})
 * @param width the half-width: points of the field's unit, or percent of the value when {@code
 *     percent}
 * @param percent whether {@code width} is a percent of the value rather than an absolute width
 * @param basis why the value may be off by this much, in one sentence
 * @param judgement whether the width is an analysts' judgement (else it is measured, e.g. from
 *     published revisions)
 * @param at where the range is declared ({@code facts/uncertainty.yaml:12}), or null
 */
public record FactRange(
        String field, double width, boolean percent, String basis, boolean judgement, String at) {

    public FactRange {
        Objects.requireNonNull(field, "field");
        if (!(width >= 0) || Double.isInfinite(width)) {
            throw new IllegalArgumentException(
                    "the width of a range must be a number of at least 0, got " + width);
        }
        basis = basis == null ? "" : basis;
    }

    /** The half-width around {@code value}, in the field's unit. */
    public double halfWidth(double value) {
        return percent ? Math.abs(value) * width / 100.0 : width;
    }

    /** As written in a fact file: {@code ±0.1} or {@code ±5%}. */
    public String text() {
        return "±" + Numbers.plain(width) + (percent ? "%" : "");
    }
}
