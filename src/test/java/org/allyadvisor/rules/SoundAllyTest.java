package org.allyadvisor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.allyadvisor.results.Assessment;
import org.junit.jupiter.api.Test;

class SoundAllyTest {

    @Test
    void soundAlliesGetNoActionsRisksOrGaps() {
        Assessment result = Fixtures.assess(Fixtures.soundSet(b -> b));
        assertThat(result.allies())
                .allSatisfy(
                        ally -> {
                            assertThat(ally.actions()).isEmpty();
                            assertThat(ally.risks()).isEmpty();
                            assertThat(ally.dataGaps()).isEmpty();
                        });
        assertThat(result.coalitions()).isEmpty();
    }
}
