package org.allyadvisor.whatif;

import java.util.Objects;
import org.allyadvisor.results.Risk;

/**
 * How one risk of an ally differs between the baseline and a variant: a risk is the same risk when
 * the same rule reports the same kind.
 *
 * @param before the risk in the baseline, null when gained
 * @param after the risk in the variant, null when lost
 */
public record RiskChange(ActionChange.Change change, Risk before, Risk after) {

    public RiskChange {
        Objects.requireNonNull(change, "change");
        if ((before == null && change != ActionChange.Change.GAINED)
                || (after == null && change != ActionChange.Change.LOST)) {
            throw new IllegalArgumentException(
                    change + " needs the risk " + (before == null ? "before" : "after"));
        }
    }

    public Risk risk() {
        return after != null ? after : before;
    }

    /** {@code RISK-1 STRETCHED_CAPACITY}. */
    public String label() {
        return risk().ruleId() + " " + risk().kind().name();
    }
}
