package org.allyadvisor.engine;

import static org.allyadvisor.rules.Fixtures.shippedRules;
import static org.allyadvisor.rules.Fixtures.soundSet;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.allyadvisor.advice.Category;
import org.allyadvisor.facts.FactSet;
import org.allyadvisor.facts.read.FactReader;
import org.allyadvisor.rules.RuleSet;
import org.allyadvisor.whatif.WhatIf;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * A null handed to a public entry point is refused by the argument's name, not by a bare
 * NullPointerException from deep inside.
 */
class NullArgumentsTest {

    private static final FactSet FACTS = soundSet(b -> b);

    @Test
    void assessorNamesTheNullArgument() {
        Assessor assessor = new Assessor(shippedRules());

        refused(() -> new Assessor(null), "rules");
        refused(() -> assessor.assess(null), "facts");
        refused(() -> assessor.assess(FACTS, null), "options");
    }

    @Test
    void explainerNamesTheNullArgument() {
        Explainer explainer = new Explainer(shippedRules());

        refused(() -> new Explainer(null), "rules");
        refused(() -> explainer.explain(FACTS, (String) null, AssessOptions.DEFAULTS), "ally");
        refused(() -> explainer.explain(null, List.of(), AssessOptions.DEFAULTS), "facts");
        refused(
                () -> explainer.explain(FACTS, (List<String>) null, AssessOptions.DEFAULTS),
                "allies");
        refused(() -> explainer.explain(FACTS, List.of(), null), "options");
    }

    @Test
    void whatIfNamesTheNullArgument() {
        WhatIf whatIf = new WhatIf(shippedRules());

        refused(() -> new WhatIf(null), "rules");
        refused(() -> whatIf.run("t", null, AssessOptions.DEFAULTS, List.of()), "facts");
        refused(() -> whatIf.run("t", FACTS, null, List.of()), "options");
        refused(() -> whatIf.run("t", FACTS, AssessOptions.DEFAULTS, null), "variants");
    }

    @Test
    void loadingAndReadingNameTheNullArgument() {
        refused(() -> RuleSet.load(null), "folder");
        refused(() -> RuleSet.load(Path.of("rules"), null), "cache");
        refused(() -> FactReader.read((Path) null), "path");
        refused(() -> FactReader.read(Path.of("facts"), null), "shownName");
        refused(() -> FactReader.read((String) null, "a.yaml"), "text");
    }

    @Test
    void assessOptionsNameANullItem() {
        refused(
                () -> AssessOptions.DEFAULTS.withAllies(Arrays.asList("POL", null)),
                "allies contains null");
        refused(
                () ->
                        AssessOptions.DEFAULTS.withCategories(
                                new java.util.HashSet<>(Arrays.asList((Category) null))),
                "categories contains null");
        // null as a whole means "no filter", as documented
        AssessOptions.DEFAULTS.withAllies(null).withCategories((Set<Category>) null);
    }

    private static void refused(Executable call, String message) {
        assertThatThrownBy(call::execute)
                .isInstanceOf(NullPointerException.class)
                .hasMessage(message);
    }
}
