package org.allyadvisor.whatif;

import java.util.List;
import org.allyadvisor.facts.FactSet;
import org.allyadvisor.facts.SupportLevel;

/**
 * One hypothesis to compare with the baseline: the facts with its changes in place, and the US
 * support level it runs under.
 *
 * @param name how reports name it ({@code POL at 3 %})
 * @param changes the changes as the user wrote them ({@code POL.budget.defensePctGdp: 3.0}), for
 *     reports
 * @param facts the facts with the changes applied
 * @param support the US support level to run under, or null for the facts' own
 */
public record Variant(String name, List<String> changes, FactSet facts, SupportLevel support) {

    public Variant {
        changes = List.copyOf(changes);
    }
}
