package org.allyadvisor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ValidationTest {

    @Test
    void validationCountsAndOrdersErrorsBeforeWarningsOfOneLine() {
        Validation validation =
                new Validation(
                        "rules/",
                        1,
                        List.of(new RuleProblem("rules/a.drl", 7, 2, "broken")),
                        List.of(
                                new RuleWarning("rules/a.drl", 7, "odd"),
                                new RuleWarning("rules/a.drl", 3, "odder"),
                                new RuleWarning("rules/source/", 0, "no source text")));

        assertThat(validation.lines())
                .containsExactly(
                        "rules/a.drl:3: warning: odder",
                        "rules/a.drl:7:2: error: broken",
                        "rules/a.drl:7: warning: odd",
                        "rules/source/: warning: no source text");
        assertThat(validation.summary()).isEqualTo("1 error, 3 warnings in 1 rule file");
        assertThat(validation.passed()).isFalse();
    }

    @Test
    void warningsAloneDoNotFailUnlessStrict() {
        Validation validation =
                new Validation(
                        "rules/", 2, List.of(), List.of(new RuleWarning("rules/a.drl", 3, "odd")));

        assertThat(validation.passed()).isTrue();
        assertThat(validation.strict().passed()).isFalse();
        assertThat(validation.strict().lines()).containsExactly("rules/a.drl:3: error: odd");
    }
}
