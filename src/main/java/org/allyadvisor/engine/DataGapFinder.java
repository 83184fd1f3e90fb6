package org.allyadvisor.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.allyadvisor.facts.Ally;
import org.allyadvisor.facts.FactSet;
import org.allyadvisor.results.DataGap;
import org.allyadvisor.rules.RuleInfo;
import org.allyadvisor.rules.RuleSet;

/**
 * Finds the facts an ally lacks that kept catalogued rules from being evaluated: neither given nor
 * derivable ({@link KnownFacts}). A catalogue id written as several rules (BUD-1 and its
 * escalation) counts as blocked only when none of them could be evaluated. Built once per rule set:
 * each field the rules read is a bit, each rule a mask of the fields it needs, so an ally costs one
 * look at each field.
 */
final class DataGapFinder {

    private final List<String> fields;
    private final Map<String, long[]> masksById;
    private final KnownFacts known;

    DataGapFinder(RuleSet rules) {
        this.known = new KnownFacts(rules.thresholds());
        TreeSet<String> needed = new TreeSet<>();
        rules.catalogue().forEach(rule -> needed.addAll(rule.requires()));
        if (needed.size() > Long.SIZE) {
            throw new IllegalStateException(
                    "rules read more than " + Long.SIZE + " distinct fields");
        }
        this.fields = List.copyOf(needed);
        Map<String, long[]> masks = new TreeMap<>(RuleIds.ORDER);
        rules.catalogueById()
                .forEach(
                        (id, written) -> {
                            long[] perRule = new long[written.size()];
                            for (int i = 0; i < written.size(); i++) {
                                perRule[i] = mask(written.get(i));
                            }
                            masks.put(id, perRule);
                        });
        this.masksById = masks;
    }

    private long mask(RuleInfo rule) {
        long mask = 0;
        for (String field : rule.requires()) {
            mask |= 1L << fields.indexOf(field);
        }
        return mask;
    }

    /** The ally's gaps, by field name, each naming the rules it blocked in catalogue order. */
    List<DataGap> find(Ally ally, FactSet facts) {
        long missing = 0;
        for (int bit = 0; bit < fields.size(); bit++) {
            if (!known.isKnown(fields.get(bit), ally, facts)) {
                missing |= 1L << bit;
            }
        }
        if (missing == 0) {
            return List.of();
        }
        Map<Integer, List<String>> blockedByField = new TreeMap<>();
        for (Map.Entry<String, long[]> id : masksById.entrySet()) {
            long lacking = 0;
            boolean evaluated = false;
            for (long needs : id.getValue()) {
                evaluated |= (needs & missing) == 0;
                lacking |= needs & missing;
            }
            if (!evaluated) {
                for (int bit = 0; bit < fields.size(); bit++) {
                    if ((lacking & (1L << bit)) != 0) {
                        blockedByField
                                .computeIfAbsent(bit, b -> new ArrayList<>())
                                .add(id.getKey());
                    }
                }
            }
        }
        List<DataGap> gaps = new ArrayList<>(blockedByField.size());
        blockedByField.forEach((bit, ids) -> gaps.add(new DataGap(fields.get(bit), ids)));
        return gaps;
    }
}
