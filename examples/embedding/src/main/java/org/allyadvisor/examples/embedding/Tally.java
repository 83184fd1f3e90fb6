package org.allyadvisor.examples.embedding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.allyadvisor.facts.SupportLevel;
import org.allyadvisor.results.Action;
import org.allyadvisor.results.AllyAssessment;
import org.allyadvisor.results.Assessment;

/**
 * Counts, over every variant, which action each ally was given, against what the facts as written
 * give. Actions are named by their stable id, {@code ALLY/CATEGORY/key}.
 */
final class Tally {

    /**
     * An ally-action whose count differs from the facts as written: gained or lost in so many
     * variants.
     */
    record Change(String actionId, boolean gained, int variants) {}

    private final Set<String> written;
    private final Map<String, Integer> variantsGiving = new TreeMap<>();
    private final Map<String, Map<String, Integer>> byKind = new TreeMap<>();
    private final Map<SupportLevel, Integer> supports = new EnumMap<>(SupportLevel.class);
    private final List<Integer> actionsPerVariant = new ArrayList<>();

    Tally(Assessment asWritten) {
        this.written = actionIds(asWritten);
    }

    void add(Variants.Variant variant, Assessment result) {
        Set<String> given = actionIds(result);
        given.forEach(id -> variantsGiving.merge(id, 1, Integer::sum));
        for (AllyAssessment ally : result.allies()) {
            for (Action action : ally.actions()) {
                byKind.computeIfAbsent(action.category() + "/" + action.key(), k -> new TreeMap<>())
                        .merge(action.ally(), 1, Integer::sum);
            }
        }
        supports.merge(variant.support(), 1, Integer::sum);
        actionsPerVariant.add(given.size());
    }

    int variants() {
        return actionsPerVariant.size();
    }

    int writtenActions() {
        return written.size();
    }

    Map<SupportLevel, Integer> supports() {
        return supports;
    }

    /** Fewest, median and most actions one variant gave, over all allies. */
    int[] actionsPerVariantRange() {
        List<Integer> sorted = actionsPerVariant.stream().sorted().toList();
        return new int[] {
            sorted.get(0), sorted.get(sorted.size() / 2), sorted.get(sorted.size() - 1)
        };
    }

    /** For each action kind ({@code CATEGORY/key}), how many variants gave it to each ally. */
    Map<String, Map<String, Integer>> byKind() {
        return byKind;
    }

    /** The ally-actions that changed in the most variants, most first, then by id. */
    List<Change> topChanges(int limit) {
        Set<String> ids = new HashSet<>(written);
        ids.addAll(variantsGiving.keySet());
        return ids.stream()
                .map(
                        id ->
                                written.contains(id)
                                        ? new Change(
                                                id,
                                                false,
                                                variants() - variantsGiving.getOrDefault(id, 0))
                                        : new Change(id, true, variantsGiving.get(id)))
                .filter(change -> change.variants() > 0)
                .sorted(
                        Comparator.comparingInt(Change::variants)
                                .reversed()
                                .thenComparing(Change::actionId))
                .limit(limit)
                .toList();
    }

    private static Set<String> actionIds(Assessment assessment) {
        Set<String> ids = new HashSet<>();
        for (AllyAssessment ally : assessment.allies()) {
            for (Action action : ally.actions()) {
                ids.add(action.id());
            }
        }
        return ids;
    }
}
