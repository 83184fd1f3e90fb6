package org.allyadvisor.facts;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A set of facts read together: the scenario, the regions and the allies, in input order, and
 * where each value came from. Built by {@code FactReader} from files, or in code.
 *
 * @param provenance the declared origin of values; a value it does not name was given without one
 * @param ranges     the declared uncertainty of values; a value it does not name is taken as exact
 */
public record FactSet(Meta meta, List<Region> regions, List<Ally> allies, Provenances provenance, FactRanges ranges) {

    public FactSet {
        meta = meta == null ? new Meta(null, null, null) : meta;
        regions = ListById.of(regions == null ? List.of() : regions, Region::id);
        allies = ListById.of(allies, Ally::id);
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

    /** The ally with this id, found without a scan: a caller may look up every ally of a large set. */
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
        return new ArrayList<>(ties);
    }

    /** The same facts with these allies in place of its own (a variant of the set, same ids). */
    public FactSet withAllies(List<Ally> newAllies) {
        return new FactSet(meta, regions, newAllies, provenance, ranges);
    }

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
        List<Region> plainRegions = regions.stream()
                .map(r -> provenance.judgedRegionFields(r.id()).contains(Region.ACTIVITY) ? new Region(r.id(), null) : r)
                .toList();
        List<Ally> plainAllies = allies.stream().map(ally -> {
            Set<String> judged = provenance.judgedFields(ally.id());
            if (judged.isEmpty()) {
                return ally;
            }
            java.util.Map<String, Object> gaps = new java.util.HashMap<>();
            judged.forEach(path -> gaps.put(path, null));
            return FactSchema.with(ally, gaps);
        }).toList();
        return new FactSet(meta, plainRegions, plainAllies, provenance.withoutJudgements(), ranges);
    }
}
