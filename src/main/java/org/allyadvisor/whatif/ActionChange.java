package org.allyadvisor.whatif;

import java.util.Objects;
import org.allyadvisor.results.Action;

/**
 * How one action of an ally differs between the baseline and a variant.
 *
 * @param before the action in the baseline, null when gained
 * @param after the action in the variant, null when lost
 */
public record ActionChange(Change change, Action before, Action after) {

    public ActionChange {
        Objects.requireNonNull(change, "change");
        if ((before == null && change != Change.GAINED)
                || (after == null && change != Change.LOST)) {
            throw new IllegalArgumentException(
                    change + " needs the action " + (before == null ? "before" : "after"));
        }
    }

    /**
     * Gained: only the variant asks for it; lost: only the baseline; changed: both, with another
     * priority, rank or score.
     */
    public enum Change {
        GAINED,
        LOST,
        CHANGED
    }

    /** The action as it stands where it exists: after the change, or before it when lost. */
    public Action action() {
        return after != null ? after : before;
    }

    /** The action's stable id ({@code POL/SUSTAINABLE_BUDGETS/raise-to-floor}). */
    public String actionId() {
        return action().id();
    }

    /**
     * The catalogue rules that ask for it, as reports name an action ({@code BUD-1}, {@code
     * BUD-1+BUD-6}).
     */
    public String label() {
        return String.join("+", action().ruleIds());
    }

    public boolean priorityChanged() {
        return change == Change.CHANGED && before.priority() != after.priority();
    }

    public boolean rankChanged() {
        return change == Change.CHANGED && before.rank() != after.rank();
    }

    /** Whether the score differs as reports show it, to one decimal. */
    public boolean scoreChanged() {
        return change == Change.CHANGED
                && Scores.shown(before.score()) != Scores.shown(after.score());
    }
}
