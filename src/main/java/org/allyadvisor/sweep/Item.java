package org.allyadvisor.sweep;

import java.util.List;
import org.allyadvisor.results.Action;
import org.allyadvisor.results.Risk;

/**
 * One piece of advice a sweep follows for an ally: an action or a risk.
 *
 * @param key the action's id without the ally ({@code SUSTAINABLE_BUDGETS/raise-to-floor}) or
 *     {@code risk/KIND} for a risk
 * @param ruleIds the catalogue rules behind it where it was seen
 * @param title the action's title, or the risk's kind, as the advice first seen with it words it
 */
public record Item(String key, List<String> ruleIds, String title) {

    public Item {
        ruleIds = List.copyOf(ruleIds);
    }

    static String actionKey(Action action) {
        return action.id().substring(action.id().indexOf('/') + 1);
    }

    static String riskKey(Risk risk) {
        return "risk/" + risk.kind().name();
    }

    static Item of(Action action) {
        return new Item(actionKey(action), action.ruleIds(), action.title());
    }

    static Item of(Risk risk) {
        return new Item(riskKey(risk), List.of(risk.ruleId()), "Risk " + risk.kind().name());
    }

    public boolean isRisk() {
        return key.startsWith("risk/");
    }
}
