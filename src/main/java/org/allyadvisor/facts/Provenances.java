package org.allyadvisor.facts;

import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The origin of every value of a fact set that declares one, by ally (or region) and field path. A
 * value with no entry here was {@link Provenance#GIVEN given} without a declared source.
 *
 * @param allies per ally id, per field path ({@code budget.defensePctGdp}, {@code ties})
 * @param regions per region id, per field ({@code emergingPowerActivity})
 */
public record Provenances(
        Map<String, Map<String, Provenance>> allies, Map<String, Map<String, Provenance>> regions) {

    public static final Provenances NONE = new Provenances(Map.of(), Map.of());

    public Provenances {
        allies = frozen(allies);
        regions = frozen(regions);
    }

    public Provenance ofAlly(String ally, String path) {
        return allies.getOrDefault(ally, Map.of()).getOrDefault(path, Provenance.GIVEN);
    }

    public Provenance ofRegion(String region, String field) {
        return regions.getOrDefault(region, Map.of()).getOrDefault(field, Provenance.GIVEN);
    }

    /** The fields of an ally whose value is an analyst's judgement. */
    public Set<String> judgedFields(String ally) {
        return judged(allies.getOrDefault(ally, Map.of()));
    }

    public Set<String> judgedRegionFields(String region) {
        return judged(regions.getOrDefault(region, Map.of()));
    }

    public boolean hasJudgements() { // asked on every assessment: no sets built to answer it
        return allies.values().stream()
                        .anyMatch(m -> m.values().stream().anyMatch(Provenance::isJudgement))
                || regions.values().stream()
                        .anyMatch(m -> m.values().stream().anyMatch(Provenance::isJudgement));
    }

    /** The same origins less the judgements, for a fact set whose judged values are removed. */
    public Provenances withoutJudgements() {
        return new Provenances(unjudged(allies), unjudged(regions));
    }

    private static Set<String> judged(Map<String, Provenance> fields) {
        return fields.entrySet().stream()
                .filter(e -> e.getValue().isJudgement())
                .map(Map.Entry::getKey)
                .collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    private static Map<String, Map<String, Provenance>> unjudged(
            Map<String, Map<String, Provenance>> bySubject) {
        Map<String, Map<String, Provenance>> kept = new TreeMap<>();
        bySubject.forEach(
                (subject, fields) -> {
                    Map<String, Provenance> rest = new TreeMap<>(fields);
                    rest.values().removeIf(Provenance::isJudgement);
                    if (!rest.isEmpty()) {
                        kept.put(subject, rest);
                    }
                });
        return kept;
    }

    private static Map<String, Map<String, Provenance>> frozen(
            Map<String, Map<String, Provenance>> bySubject) {
        Map<String, Map<String, Provenance>> copy = new TreeMap<>();
        bySubject.forEach(
                (subject, fields) ->
                        copy.put(subject, Collections.unmodifiableMap(new TreeMap<>(fields))));
        return Collections.unmodifiableMap(copy);
    }
}
