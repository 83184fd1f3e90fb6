package org.allyadvisor.facts;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A set of facts read together: the scenario, the regions and the allies, in input order.
 * Built by {@code FactReader} from files, or in code.
 */
public record FactSet(Meta meta, List<Region> regions, List<Ally> allies) {

    public FactSet {
        meta = meta == null ? new Meta(null, null, null) : meta;
        regions = regions == null ? List.of() : List.copyOf(regions);
        allies = List.copyOf(allies);
    }

    public Optional<Ally> ally(String id) {
        return allies.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    public Optional<Region> region(String id) {
        return regions.stream().filter(r -> r.id().equals(id)).findFirst();
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

    public FactSet withMeta(Meta newMeta) {
        return new FactSet(newMeta, regions, allies);
    }
}
