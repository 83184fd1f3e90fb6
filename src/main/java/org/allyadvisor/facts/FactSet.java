package org.allyadvisor.facts;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A set of facts read together: the scenario, the regions and the allies, in input order, and where
 * each value came from. It is what one assessment runs on. Read by {@code FactReader} from files,
 * or built in code with {@link #builder()}, which refuses a set that breaks the fact vocabulary (a
 * duplicate id, an undeclared region, a tie to an ally not in the set):
 *
 * <pre>{@code
 * FactSet facts = FactSet.builder().meta(Meta.builder().title("Benelux").build())
 *         .region("Europe-West", 2).ally(belgium).ally(netherlands).build();
 * }</pre>
 *
 * @param provenance the declared origin of values; a value it does not name was given without one
 * @param ranges the declared uncertainty of values; a value it does not name is taken as exact
 */
public record FactSet(
        Meta meta,
        List<Region> regions,
        List<Ally> allies,
        Provenances provenance,
        FactRanges ranges) {

    public FactSet {
        meta = meta == null ? new Meta(null, null, null) : meta;
        regions =
                regions instanceof ListById<Region> indexed
                        ? indexed
                        : ListById.of(
                                regions == null ? List.of() : FactValues.copy("regions", regions),
                                Region::id);
        allies =
                allies instanceof ListById<Ally> indexed
                        ? indexed
                        : ListById.of(FactValues.copy("allies", allies), Ally::id);
        provenance = provenance == null ? Provenances.NONE : provenance;
        ranges = ranges == null ? FactRanges.NONE : ranges;
    }

    /** A set whose values are taken as exact. */
    public FactSet(Meta meta, List<Region> regions, List<Ally> allies, Provenances provenance) {
        this(meta, regions, allies, provenance, FactRanges.NONE);
    }

    /** A set whose values were all given without a declared origin. */
    public FactSet(Meta meta, List<Region> regions, List<Ally> allies) {
        this(meta, regions, allies, Provenances.NONE, FactRanges.NONE);
    }

    /**
     * An empty set, to be filled by named setters; {@link Builder#build()} checks the whole set.
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The ally with this id, found without a scan: a caller may look up every ally of a large set.
     */
    public Optional<Ally> ally(String id) {
        return ((ListById<Ally>) allies).find(id);
    }

    /** The region with this id, found without a scan. */
    public Optional<Region> region(String id) {
        return ((ListById<Region>) regions).find(id);
    }

    /** Every tie of the set, each once, in input order. */
    public List<Tie> ties() {
        Set<Tie> ties = new LinkedHashSet<>();
        for (Ally ally : allies) {
            if (ally.ties() != null) {
                ties.addAll(ally.ties());
            }
        }
        return List.copyOf(ties);
    }

    /** The same facts with these allies in place of its own (a variant of the set, same ids). */
    public FactSet withAllies(List<Ally> newAllies) {
        return new FactSet(meta, regions, newAllies, provenance, ranges);
    }

    /** The same facts under other meta: another title, date or US support scenario. */
    public FactSet withMeta(Meta newMeta) {
        return new FactSet(newMeta, regions, allies, provenance, ranges);
    }

    /**
     * The set on sourced, derived and given values alone: every value that is an analyst's
     * judgement becomes a data gap again, so a reader can see what the judgements add.
     */
    public FactSet withoutJudgements() {
        if (!provenance.hasJudgements()) {
            return this;
        }
        List<Region> plainRegions =
                regions.stream()
                        .map(
                                r ->
                                        provenance
                                                        .judgedRegionFields(r.id())
                                                        .contains(Region.ACTIVITY)
                                                ? new Region(r.id(), null)
                                                : r)
                        .toList();
        List<Ally> plainAllies =
                allies.stream()
                        .map(
                                ally -> {
                                    Set<String> judged = provenance.judgedFields(ally.id());
                                    if (judged.isEmpty()) {
                                        return ally;
                                    }
                                    java.util.Map<String, Object> gaps = new java.util.HashMap<>();
                                    judged.forEach(path -> gaps.put(path, null));
                                    return FactSchema.with(ally, gaps);
                                })
                        .toList();
        return new FactSet(meta, plainRegions, plainAllies, provenance.withoutJudgements(), ranges);
    }

    /**
     * Builds a fact set ally by ally. {@link #build()} checks the whole set with {@link
     * FactSetChecks} and throws {@link IllegalArgumentException} naming every problem, so a set
     * that is built is one {@code Assessor} accepts.
     */
    public static final class Builder {
        private Meta meta;
        private final List<Region> regions = new ArrayList<>();
        private final List<Ally> allies = new ArrayList<>();
        private Provenances provenance;

        private Builder() {}

        /**
         * What the set is and its support scenario; not set, an untitled set under the default
         * scenario.
         */
        public Builder meta(Meta value) {
            meta = value;
            return this;
        }

        /**
         * One more region, with its rival-power activity 1..5 (null when unknown). Once one region
         * is declared, every ally's region must be.
         */
        public Builder region(String id, Integer emergingPowerActivity) {
            String at = "regions[" + id + "]." + Region.ACTIVITY;
            regions.add(
                    new Region(
                            id,
                            FactValues.inRange(
                                    at,
                                    emergingPowerActivity,
                                    (double) FactSchema.MIN_ACTIVITY,
                                    (double) FactSchema.MAX_ACTIVITY)));
            return this;
        }

        /** One more ally, after those added before it: allies keep this order in every result. */
        public Builder ally(Ally value) {
            allies.add(Objects.requireNonNull(value, "ally"));
            return this;
        }

        /** More allies, in order, after those added before them. */
        public Builder allies(List<Ally> values) {
            allies.addAll(FactValues.copy("allies", values));
            return this;
        }

        /** The declared origin of values; not set, every value was given without one. */
        public Builder provenance(Provenances value) {
            provenance = value;
            return this;
        }

        /**
         * @throws IllegalArgumentException naming every way the set breaks the fact vocabulary
         */
        public FactSet build() {
            FactSet facts = new FactSet(meta, regions, allies, provenance);
            List<String> problems = FactSetChecks.problems(facts);
            if (!problems.isEmpty()) {
                throw new IllegalArgumentException(String.join("; ", problems));
            }
            return facts;
        }
    }
}
