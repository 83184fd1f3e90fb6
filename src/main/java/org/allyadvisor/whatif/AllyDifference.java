package org.allyadvisor.whatif;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.allyadvisor.results.Action;
import org.allyadvisor.results.AllyAssessment;
import org.allyadvisor.results.Risk;

/**
 * What a variant changes for one ally: actions gained, lost or changed (priority, rank, score),
 * risks gained, lost or changed in level, and the ally's score, its most urgent reported action's.
 *
 * @param actions by rank (the variant's rank; a lost action at its baseline rank)
 * @param scoreBefore the score of the ally's most urgent reported action in the baseline, null when
 *     it has none
 * @param scoreAfter the same in the variant
 */
public record AllyDifference(
        String id,
        String name,
        List<ActionChange> actions,
        List<RiskChange> risks,
        Double scoreBefore,
        Double scoreAfter) {

    private static final Comparator<ActionChange> BY_RANK =
            Comparator.comparingInt((ActionChange c) -> c.action().rank())
                    .thenComparing(c -> c.change().ordinal());

    public AllyDifference {
        actions = List.copyOf(actions);
        risks = List.copyOf(risks);
    }

    /**
     * The difference of one ally's two assessments, matched by action id and by risk rule and kind.
     */
    public static AllyDifference of(AllyAssessment before, AllyAssessment after) {
        Map<String, Action> was = new LinkedHashMap<>();
        before.actions().forEach(a -> was.put(a.id(), a));
        List<ActionChange> actions = new ArrayList<>();
        for (Action now : after.actions()) {
            Action then = was.remove(now.id());
            if (then == null) {
                actions.add(new ActionChange(ActionChange.Change.GAINED, null, now));
            } else {
                ActionChange changed = new ActionChange(ActionChange.Change.CHANGED, then, now);
                if (changed.priorityChanged() || changed.rankChanged() || changed.scoreChanged()) {
                    actions.add(changed);
                }
            }
        }
        was.values().forEach(a -> actions.add(new ActionChange(ActionChange.Change.LOST, a, null)));
        actions.sort(BY_RANK);
        return new AllyDifference(
                after.id(),
                after.name(),
                actions,
                risks(before.risks(), after.risks()),
                topScore(before),
                topScore(after));
    }

    private static List<RiskChange> risks(List<Risk> before, List<Risk> after) {
        Map<String, Risk> was = new LinkedHashMap<>();
        before.forEach(r -> was.put(key(r), r));
        List<RiskChange> risks = new ArrayList<>();
        for (Risk now : after) {
            Risk then = was.remove(key(now));
            if (then == null) {
                risks.add(new RiskChange(ActionChange.Change.GAINED, null, now));
            } else if (then.level() != now.level()) {
                risks.add(new RiskChange(ActionChange.Change.CHANGED, then, now));
            }
        }
        was.values().forEach(r -> risks.add(new RiskChange(ActionChange.Change.LOST, r, null)));
        return risks;
    }

    private static String key(Risk risk) {
        return risk.ruleId() + " " + risk.kind();
    }

    private static Double topScore(AllyAssessment ally) {
        return ally.actions().stream().map(Action::score).max(Double::compare).orElse(null);
    }

    /** Whether the variant changes nothing a report shows for this ally. */
    public boolean isUnchanged() {
        return actions.isEmpty() && risks.isEmpty() && !scoreChanged();
    }

    public boolean scoreChanged() {
        return scoreBefore == null || scoreAfter == null
                ? !Objects.equals(scoreBefore, scoreAfter)
                : Scores.shown(scoreBefore) != Scores.shown(scoreAfter);
    }

    /**
     * The difference in one line: {@code POL: gains BUD-2 (HIGH); BUD-1 HIGH → CRITICAL, #2 → #1;
     * score 64.3 → 71.0}; {@code POL: no change} when there is none.
     */
    public String summary() {
        List<String> parts = new ArrayList<>();
        for (ActionChange change : actions) {
            Action action = change.action();
            switch (change.change()) {
                case GAINED ->
                        parts.add("gains " + change.label() + " (" + action.priority() + ")");
                case LOST -> parts.add("loses " + change.label() + " (" + action.priority() + ")");
                case CHANGED -> {
                    List<String> what = new ArrayList<>();
                    if (change.priorityChanged()) {
                        what.add(change.before().priority() + " → " + action.priority());
                    }
                    if (change.rankChanged()) {
                        what.add("#" + change.before().rank() + " → #" + action.rank());
                    }
                    if (!what.isEmpty()) { // a change of score alone is said once, as the ally's
                        // score
                        parts.add(change.label() + " " + String.join(", ", what));
                    }
                }
            }
        }
        for (RiskChange change : risks) {
            switch (change.change()) {
                case GAINED ->
                        parts.add("risk " + change.label() + " (" + change.risk().level() + ")");
                case LOST ->
                        parts.add(
                                "no risk "
                                        + change.label()
                                        + " (was "
                                        + change.risk().level()
                                        + ")");
                case CHANGED ->
                        parts.add(
                                "risk "
                                        + change.label()
                                        + " "
                                        + change.before().level()
                                        + " → "
                                        + change.after().level());
            }
        }
        if (scoreChanged()) {
            parts.add("score " + score(scoreBefore) + " → " + score(scoreAfter));
        }
        return id + ": " + (parts.isEmpty() ? "no change" : String.join("; ", parts));
    }

    /** A score as shown, or {@code -} for an ally with no reported action. */
    public static String score(Double score) {
        return score == null ? "-" : Scores.text(score);
    }
}
