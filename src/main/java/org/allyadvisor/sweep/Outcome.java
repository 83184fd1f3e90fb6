package org.allyadvisor.sweep;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import org.allyadvisor.advice.Priority;
import org.allyadvisor.results.Action;
import org.allyadvisor.results.AllyAssessment;
import org.allyadvisor.results.Assessment;
import org.allyadvisor.results.Risk;

/**
 * The advice at one value, as far as a flip is concerned: for each ally, each action (by its id)
 * and each risk (by its kind) it gets, with its priority. Scores and ranks are left out: they move
 * with almost any change, and a flip is advice that appears, disappears or changes priority.
 *
 * @param byAlly ally id → item key → priority, in sorted order
 */
record Outcome(Map<String, Map<String, Priority>> byAlly) {

    Outcome {
        Map<String, Map<String, Priority>> copy = new TreeMap<>();
        byAlly.forEach(
                (ally, items) -> copy.put(ally, Collections.unmodifiableMap(new TreeMap<>(items))));
        byAlly = Collections.unmodifiableMap(copy);
    }

    static Outcome of(Assessment assessment) {
        Map<String, Map<String, Priority>> byAlly = new TreeMap<>();
        for (AllyAssessment ally : assessment.allies()) {
            Map<String, Priority> items = new TreeMap<>();
            for (Action action : ally.actions()) {
                items.put(Item.actionKey(action), action.priority());
            }
            for (Risk risk : ally.risks()) {
                items.put(Item.riskKey(risk), risk.level());
            }
            byAlly.put(ally.id(), items);
        }
        return new Outcome(byAlly);
    }

    /** The ally's item's priority here, or null when the ally does not get it. */
    Priority of(String ally, String item) {
        return byAlly.getOrDefault(ally, Map.of()).get(item);
    }

    Map<String, Priority> of(String ally) {
        return byAlly.getOrDefault(ally, Map.of());
    }
}
