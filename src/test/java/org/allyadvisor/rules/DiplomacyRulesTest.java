package org.allyadvisor.rules;

import static org.allyadvisor.rules.Fixtures.actionOfFirst;
import static org.allyadvisor.rules.Fixtures.assess;
import static org.allyadvisor.rules.Fixtures.soundSet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import org.allyadvisor.advice.Category;
import org.allyadvisor.advice.Priority;
import org.allyadvisor.facts.Dependence;
import org.allyadvisor.facts.Diplomacy;
import org.allyadvisor.facts.UsSupport;
import org.allyadvisor.results.Action;
import org.allyadvisor.results.Assessment;
import org.junit.jupiter.api.Test;

class DiplomacyRulesTest {

    private static final String US_DIALOGUE = "DIPLOMATIC_ENGAGEMENT/synchronize-with-us";

    @Test
    void fewRegionalDialogues() {
        Assessment result = assess(soundSet(b -> b.diplomacy(new Diplomacy(2, true))));

        Action action = actionOfFirst(result, "DIPLOMATIC_ENGAGEMENT/open-standing-channels");
        assertThat(action.ruleIds()).containsExactly("DIP-1");
        assertThat(action.category()).isEqualTo(Category.DIPLOMATIC_ENGAGEMENT);
        assertThat(action.priority()).isEqualTo(Priority.MEDIUM);
        assertThat(action.evidence().values())
                .containsExactly(
                        entry("diplomacy.strategicDialogues", 2),
                        entry("threshold.diplomacy.minStrategicDialogues", 3),
                        entry("distance.dialoguesMissing", 1.0));
    }

    @Test
    void dialoguesJustAtMinimumDoNotFire() {
        Assessment result = assess(soundSet(b -> b.diplomacy(new Diplomacy(3, true))));

        assertThat(actionOfFirst(result, "DIPLOMATIC_ENGAGEMENT/open-standing-channels")).isNull();
    }

    @Test
    void noUsDialogueWhileMediumDependence() {
        Assessment result =
                assess(
                        soundSet(
                                b ->
                                        b.diplomacy(new Diplomacy(5, false))
                                                .usSupport(
                                                        new UsSupport(
                                                                0.0, Dependence.MEDIUM, 100))));

        Action action = actionOfFirst(result, US_DIALOGUE);
        assertThat(action.ruleIds()).containsExactly("DIP-2");
        assertThat(action.priority()).isEqualTo(Priority.MEDIUM);
        assertThat(action.evidence().values())
                .containsExactly(
                        entry("diplomacy.usDialogue", false),
                        entry("usSupport.dependence", "MEDIUM"),
                        entry("distance.dependenceLevelsAboveLow", 1.0));
    }

    @Test
    void noUsDialogueWhileHighDependenceIsHigh() {
        Assessment result =
                assess(
                        soundSet(
                                b ->
                                        b.diplomacy(new Diplomacy(5, false))
                                                .usSupport(
                                                        new UsSupport(0.0, Dependence.HIGH, 100))));

        assertThat(actionOfFirst(result, US_DIALOGUE).priority()).isEqualTo(Priority.HIGH);
    }

    @Test
    void noUsDialogueWithLowDependenceDoesNotFire() {
        Assessment result = assess(soundSet(b -> b.diplomacy(new Diplomacy(5, false))));

        assertThat(actionOfFirst(result, US_DIALOGUE)).isNull();
    }
}
