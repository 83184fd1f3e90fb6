package org.allyadvisor.sweep;

import static org.allyadvisor.rules.Fixtures.shippedRules;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.allyadvisor.engine.AssessOptions;
import org.junit.jupiter.api.Test;

/**
 * A sweep made with arguments it cannot use is refused where it is made, by name, as {@code
 * Uncertainty} refuses them: not a raw NullPointerException from deep in a search, nor a thread
 * count of 0 quietly taken as 1.
 */
class SweepArgumentsTest {

    @Test
    void noThreadsIsRefused() {
        assertThatThrownBy(() -> new Sweep(shippedRules(), AssessOptions.DEFAULTS, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("threads must be at least 1, got 0");
    }

    @Test
    void aNullRuleSetOrOptionsIsRefusedByName() {
        assertThatThrownBy(() -> new Sweep(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("rules");
        assertThatThrownBy(() -> new Sweep(shippedRules(), null, 1))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("options");
    }
}
