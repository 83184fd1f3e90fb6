package org.allyadvisor.engine;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.allyadvisor.advice.Evidence;
import org.allyadvisor.facts.Ally;
import org.allyadvisor.facts.FactSchema;
import org.allyadvisor.facts.FactSet;
import org.allyadvisor.facts.Provenance;
import org.allyadvisor.facts.Region;

/**
 * Finds where each fact value named in a piece of evidence came from, so that advice resting on an
 * analyst's judgement says so wherever it is shown. Evidence names facts as the rules do: an ally's
 * own field ({@code threat.level}), its region's ({@code region.emergingPowerActivity}), or another
 * ally's ({@code allies[POL].capabilities.cyberDefense}).
 */
final class EvidenceOrigins {

    private static final String REGION_PREFIX = "region.";
    private static final String ALLY_PREFIX = "allies[";

    /**
     * Compiled once: thresholds, computed values and distances of every piece of evidence end up
     * here.
     */
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    /**
     * Fact fields the rules may fill themselves when a fact file leaves them out, with the written
     * rule that does it: evidence naming such a field for an ally whose facts lack it shows that
     * rule.
     */
    private static final Map<String, Provenance> DERIVED_BY_RULES =
            Map.of(
                    "usSupport.dependence",
                    Provenance.derived(
                            "DEP-1 (rules/classify.drl): banded from the US share of the ally's major-arms imports "
                                    + "and their volume (thresholds: dependence)",
                            "the share counts imports only: arms the ally produces itself are invisible to it"));

    private final FactSet facts;
    private final Map<String, Ally> allies = new java.util.HashMap<>();

    EvidenceOrigins(FactSet facts) {
        this.facts = facts;
        facts.allies().forEach(a -> allies.put(a.id(), a));
    }

    /**
     * The evidence with the origin of each fact value it names; {@code ally} is null for
     * coalitions.
     */
    Evidence of(Evidence evidence, String ally) {
        Map<String, Provenance> origins = new LinkedHashMap<>();
        for (String name : evidence.values().keySet()) {
            Provenance origin = origin(name, ally);
            if (origin != null) {
                origins.put(name, origin);
            }
        }
        return evidence.withOrigins(origins);
    }

    private Provenance origin(String name, String ally) {
        if (name.startsWith(ALLY_PREFIX) && name.indexOf("].") > 0) {
            int close = name.indexOf("].");
            return facts.provenance()
                    .ofAlly(name.substring(ALLY_PREFIX.length(), close), name.substring(close + 2));
        }
        if (ally == null) {
            return null;
        }
        if (name.startsWith(REGION_PREFIX)) {
            return name.equals(REGION_PREFIX + Region.ACTIVITY)
                    ? facts.provenance().ofRegion(allies.get(ally).region(), Region.ACTIVITY)
                    : null;
        }
        if (FactSchema.isFactPath(name)) {
            if (DERIVED_BY_RULES.containsKey(name)
                    && FactSchema.field(name)
                            .map(f -> f.value().apply(allies.get(ally)) == null)
                            .orElse(false)) {
                return DERIVED_BY_RULES.get(name);
            }
            return facts.provenance().ofAlly(ally, name);
        }
        // one year of a series ({@code budget.realChangeByYear.2023}) comes from where the series
        // does
        int dot = name.lastIndexOf('.');
        return dot > 0
                        && YEAR.matcher(name).region(dot + 1, name.length()).matches()
                        && FactSchema.isFactPath(name.substring(0, dot))
                ? facts.provenance().ofAlly(ally, name.substring(0, dot))
                : null;
    }
}
