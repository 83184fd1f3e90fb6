package org.allyadvisor.rules;

import java.util.Comparator;
import java.util.List;
import org.allyadvisor.results.RuleRef;

/**
 * One rule of a loaded rule set, as policy staff see it in the catalogue.
 *
 * @param name the rule's name, a sentence ({@code Defense spending below the NATO floor})
 * @param id catalogue id ({@code BUD-1}); empty for a classification rule
 * @param category the action category it advises in, or empty (risk and classification rules)
 * @param risk the risk kind it reports, or empty
 * @param recommendation the article's recommendation or consequence it encodes
 * @param section the article section the passage is in
 * @param passage the article's own words the rule encodes
 * @param requires fact fields the rule needs; when one is missing it is a data gap
 * @param file the rule file, as the user named it ({@code rules/budget.drl})
 * @param line the line of {@code rule "..."} in that file; for a decision table, the row of the
 *     sheet
 * @param form how the rule is written: DRL, DSL sentences, or a decision-table row
 */
public record RuleInfo(
        String name,
        String id,
        String category,
        String risk,
        String recommendation,
        String section,
        String passage,
        List<String> requires,
        String file,
        int line,
        RuleForm form) {

    /**
     * Catalogue ids in their natural order (BUD-2 before BUD-10), the rules of one id in file and
     * line order; then rules without an id, in file order.
     */
    public static final Comparator<RuleInfo> CATALOGUE_ORDER =
            Comparator.comparing((RuleInfo r) -> !r.isCatalogued())
                    .thenComparing(r -> r.id().replaceAll("-\\d+$", ""))
                    .thenComparingInt(
                            r ->
                                    r.id().matches(".*-\\d+")
                                            ? Integer.parseInt(r.id().replaceAll("^.*-", ""))
                                            : 0)
                    .thenComparing(RuleInfo::file)
                    .thenComparingInt(RuleInfo::line);

    public RuleInfo {
        requires = List.copyOf(requires);
    }

    /** Where the rule is written, as results cite it. */
    public RuleRef ref() {
        return new RuleRef(name, file, line);
    }

    /**
     * Whether this rule gives advice (it has a catalogue id) rather than classifying facts for
     * others.
     */
    public boolean isCatalogued() {
        return !id.isEmpty();
    }
}
