package org.allyadvisor.trace;

import java.util.List;
import org.allyadvisor.rules.RuleForm;

/**
 * A catalogue rule as the traceability matrix shows it: what it is, where it is written, the words
 * it quotes, and what it raised on the facts assessed.
 *
 * @param id catalogue id ({@code BUD-1}); one id may be written as several rules
 * @param category the action category it advises in, or empty for a risk rule
 * @param risk the risk kind it reports, or empty for an action rule
 * @param quote its {@code @passage}, as written in the rule
 * @param raised what it raised on these facts
 * @param blocked the allies whose data gaps kept its id from being evaluated, in the fact set's
 *     order: why a rule may raise nothing
 */
public record TracedRule(
        String id,
        String name,
        String category,
        String risk,
        RuleForm form,
        String file,
        int line,
        String quote,
        Raised raised,
        List<String> blocked) {

    public TracedRule {
        blocked = List.copyOf(blocked);
    }

    /** {@code rules/budget.drl:12}. */
    public String where() {
        return file + ":" + line;
    }
}
