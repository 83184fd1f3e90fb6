package org.allyadvisor.whatif;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.allyadvisor.engine.AssessOptions;
import org.allyadvisor.engine.Assessor;
import org.allyadvisor.engine.RuleRunException;
import org.allyadvisor.facts.FactSet;
import org.allyadvisor.results.Assessment;
import org.allyadvisor.rules.RuleSet;

/**
 * Assesses a baseline and its variants with rule sets loaded once: the same rules for both, or the
 * variants through another rule set (a draft beside the rules in force).
 */
public final class WhatIf {

    private final RuleSet rules;
    private final RuleSet against;
    private final Assessor baseline;
    private final Assessor variants;

    /** Baseline and variants through the same rules. */
    public WhatIf(RuleSet rules) {
        this(rules, null);
    }

    /**
     * @param against the rules the variants run through, or null for {@code rules}
     */
    public WhatIf(RuleSet rules, RuleSet against) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.against = against;
        this.baseline = new Assessor(rules);
        this.variants = against == null ? baseline : new Assessor(against);
    }

    /**
     * @param facts the baseline facts
     * @param options the filters both sides report under (the support level of {@code options} is
     *     the baseline's; a variant's own level, when it has one, replaces it)
     * @param variants at least one
     */
    public WhatIfResult run(
            String title, FactSet facts, AssessOptions options, List<Variant> variants)
            throws RuleRunException {
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(options, "options");
        if (Objects.requireNonNull(variants, "variants").isEmpty()) {
            throw new IllegalArgumentException("a what-if needs at least one variant");
        }
        Assessment before = baseline.assess(facts, options);
        List<Comparison> comparisons = new ArrayList<>();
        for (Variant variant : variants) {
            AssessOptions under =
                    variant.support() == null ? options : options.withSupport(variant.support());
            comparisons.add(
                    Comparison.of(variant, before, this.variants.assess(variant.facts(), under)));
        }
        return new WhatIfResult(
                title,
                before,
                comparisons,
                against == null ? null : RuleSetDifference.of(rules, against));
    }
}
