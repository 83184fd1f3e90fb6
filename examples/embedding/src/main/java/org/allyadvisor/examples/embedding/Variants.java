package org.allyadvisor.examples.embedding;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.allyadvisor.facts.Ally;
import org.allyadvisor.facts.Budget;
import org.allyadvisor.facts.FactSet;
import org.allyadvisor.facts.SupportLevel;

/**
 * What-if variants of a fact set: each ally's defense spending shifted by a random amount and the
 * US support level drawn at random. The draws come from one seeded generator, in order, so a seed
 * always gives the same variants.
 */
final class Variants {

    /** The largest shift of an ally's defense spending, in percent of GDP, either way. */
    static final double MAX_SHIFT_PCT_GDP = 1.0;

    /** The {@code number}th variant (from 1) and the support level it assumes. */
    record Variant(int number, SupportLevel support, FactSet facts) {}

    private Variants() {}

    static List<Variant> of(FactSet written, int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        SupportLevel[] levels = SupportLevel.values();
        List<Variant> variants = new ArrayList<>(count);
        for (int number = 1; number <= count; number++) {
            SupportLevel support = levels[random.nextInt(levels.length)];
            List<Ally> allies = new ArrayList<>(written.allies().size());
            for (Ally ally : written.allies()) {
                allies.add(shifted(ally, random.nextDouble(-MAX_SHIFT_PCT_GDP, MAX_SHIFT_PCT_GDP)));
            }
            FactSet facts =
                    new FactSet(
                            written.meta().withSupportLevel(support),
                            written.regions(),
                            allies,
                            written.provenance());
            variants.add(new Variant(number, support, facts));
        }
        return variants;
    }

    /** The ally with its spending moved by {@code shift} points of GDP; a gap stays a gap. */
    private static Ally shifted(Ally ally, double shift) {
        Budget budget = ally.budget();
        if (budget.defensePctGdp() == null) {
            return ally;
        }
        double share = Math.max(0.0, Math.round((budget.defensePctGdp() + shift) * 100.0) / 100.0);
        return ally.toBuilder().budget(budget.toBuilder().defensePctGdp(share).build()).build();
    }
}
