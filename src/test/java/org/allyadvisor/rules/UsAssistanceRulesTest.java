package org.allyadvisor.rules;

import static org.allyadvisor.rules.Fixtures.actionOfFirst;
import static org.allyadvisor.rules.Fixtures.assess;
import static org.allyadvisor.rules.Fixtures.soundSet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.List;
import org.allyadvisor.advice.Category;
import org.allyadvisor.advice.Priority;
import org.allyadvisor.facts.Capabilities;
import org.allyadvisor.facts.Dependence;
import org.allyadvisor.facts.Interoperability;
import org.allyadvisor.facts.SupportLevel;
import org.allyadvisor.facts.UsSupport;
import org.allyadvisor.results.Action;
import org.allyadvisor.results.Assessment;
import org.junit.jupiter.api.Test;

class UsAssistanceRulesTest {

    private static final String TRANSFER = "US_ASSISTANCE/seek-technology-transfer";
    private static final String PACKAGE = "US_ASSISTANCE/targeted-support-package";
    private static final String ADVISORY = "US_ASSISTANCE/training-and-advisory";
    private static final String BURDEN = "US_ASSISTANCE/prepare-regional-burden-sharing";

    @Test
    void highInteroperabilityWithCapabilityGap() {
        Assessment result =
                assess(
                        soundSet(
                                b ->
                                        b.interoperability(
                                                        new Interoperability(
                                                                70, 10, List.of("NATO")))
                                                .capabilities(new Capabilities(2, 3, 2))));

        Action action = actionOfFirst(result, TRANSFER);
        assertThat(action.ruleIds()).containsExactly("US-1");
        assertThat(action.category()).isEqualTo(Category.US_ASSISTANCE);
        assertThat(action.priority()).isEqualTo(Priority.MEDIUM);
        assertThat(action.rationale())
                .isEqualTo(
                        "Interoperability scores 70 of 100, high enough to absorb US "
                                + "technology, while the threat calls for more in cyber defense and unmanned capabilities.");
        assertThat(action.evidence().values())
                .containsExactly(
                        entry("interoperability.score", 70),
                                entry("threshold.interoperability.highScore", 70),
                        entry("derived.capabilityGaps", 2), entry("distance.capabilityGaps", 2.0));
    }

    @Test
    void interoperabilityJustBelowHighScoreDoesNotSeekTransfer() {
        Assessment result =
                assess(
                        soundSet(
                                b ->
                                        b.interoperability(
                                                        new Interoperability(
                                                                69, 10, List.of("NATO")))
                                                .capabilities(new Capabilities(2, 3, 2))));

        assertThat(actionOfFirst(result, TRANSFER)).isNull();
    }

    @Test
    void largeUsAssistance() {
        Assessment result =
                assess(soundSet(b -> b.usSupport(new UsSupport(500.0, Dependence.LOW, 100))));

        Action action = actionOfFirst(result, PACKAGE);
        assertThat(action.ruleIds()).containsExactly("US-2");
        assertThat(action.scoring().severity()).isEqualTo(Priority.MEDIUM);
        assertThat(action.evidence().values())
                .containsExactly(
                        entry("usSupport.assistanceUsdM", 500.0),
                        entry("threshold.usAssistance.largeAssistanceUsdM", 500.0),
                        entry("distance.assistanceUsdMAboveLine", 0.0));
    }

    @Test
    void assistanceJustBelowLargeDoesNotFire() {
        Assessment result =
                assess(soundSet(b -> b.usSupport(new UsSupport(499.9, Dependence.LOW, 100))));

        assertThat(actionOfFirst(result, PACKAGE)).isNull();
    }

    @Test
    void lowInteroperabilityAsksForTrainingAndAdvice() {
        Assessment result =
                assess(
                        soundSet(
                                b ->
                                        b.interoperability(
                                                new Interoperability(49, 10, List.of("NATO")))));

        Action action = actionOfFirst(result, ADVISORY);
        assertThat(action.ruleIds()).containsExactly("US-3");
        assertThat(action.scoring().severity()).isEqualTo(Priority.MEDIUM);
        assertThat(action.evidence().values())
                .containsExactly(
                        entry("interoperability.score", 49),
                        entry("threshold.interoperability.lowScore", 50),
                        entry("distance.interoperabilityPointsBelow", 1.0));
    }

    @Test
    void interoperabilityJustAtLowScoreDoesNotAskForAdvice() {
        Assessment result =
                assess(
                        soundSet(
                                b ->
                                        b.interoperability(
                                                new Interoperability(50, 10, List.of("NATO")))));

        assertThat(actionOfFirst(result, ADVISORY)).isNull();
    }

    @Test
    void manyUsTroopsWhileSupportReduced() {
        Assessment result =
                assess(soundSet(b -> b.usSupport(new UsSupport(0.0, Dependence.LOW, 10000))));

        Action action = actionOfFirst(result, BURDEN);
        assertThat(action.ruleIds()).containsExactly("US-4");
        assertThat(action.scoring().severity()).isEqualTo(Priority.MEDIUM);
        assertThat(action.evidence().values())
                .containsExactly(
                        entry("usSupport.usTroops", 10000),
                                entry("scenario.usSupportLevel", "REDUCED"),
                        entry("threshold.usAssistance.manyUsTroops", 10000),
                                entry("distance.usTroopsAboveLine", 0.0));
    }

    @Test
    void manyUsTroopsUnderFullSupportDoNotFire() {
        Assessment result =
                assess(
                        soundSet(
                                SupportLevel.FULL,
                                b -> b.usSupport(new UsSupport(0.0, Dependence.LOW, 10000))));

        assertThat(actionOfFirst(result, BURDEN)).isNull();
    }

    @Test
    void troopsJustBelowManyDoNotFire() {
        Assessment result =
                assess(soundSet(b -> b.usSupport(new UsSupport(0.0, Dependence.LOW, 9999))));

        assertThat(actionOfFirst(result, BURDEN)).isNull();
    }
}
