package org.allyadvisor.sweep;

import java.math.BigDecimal;
import java.util.List;
import org.allyadvisor.results.Assessment;

/**
 * The thresholds ranked by how much advice flips near them: those with the most allies' advice
 * flipping first, then the most flips, then in the order of the thresholds file.
 *
 * @param factSet the facts, as the baseline assessment names them
 * @param rules the rules, as the baseline assessment names them
 * @param window the window tried around each value, as a fraction (0.1 for ±10 %); a whole-number
 *     threshold is also tried one step either side
 * @param rows one per numeric threshold that the rules read, and per priority cut-off
 * @param assessments how many whole assessments the search took
 */
public record Tornado(
        Assessment.FactSetSummary factSet,
        Assessment.RuleSetSummary rules,
        BigDecimal window,
        List<TornadoRow> rows,
        int assessments) {

    public static final String SCHEMA = "ally-advisor/sensitivity/1";

    public Tornado {
        rows = List.copyOf(rows);
    }
}
