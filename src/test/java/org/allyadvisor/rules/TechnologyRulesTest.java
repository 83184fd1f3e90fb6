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
import org.allyadvisor.facts.Threat;
import org.allyadvisor.facts.ThreatDomain;
import org.allyadvisor.results.Action;
import org.allyadvisor.results.Assessment;
import org.junit.jupiter.api.Test;

/** The sound allies face threat level 3, which calls for maturity 3 in every capability. */
class TechnologyRulesTest {

    @Test
    void cyberDefenseOneLevelShortOfThreat() {
        Assessment result = assess(soundSet(b -> b.capabilities(new Capabilities(2, 3, 3))));

        Action action = actionOfFirst(result, "DEFENSE_TECHNOLOGY/upgrade-cyber-defense");
        assertThat(action.ruleIds()).containsExactly("TECH-1");
        assertThat(action.category()).isEqualTo(Category.DEFENSE_TECHNOLOGY);
        assertThat(action.priority()).isEqualTo(Priority.MEDIUM);
        assertThat(action.score())
                .isEqualTo(44.5); // 51.3 x 0.867: one level of the full three short
        assertThat(action.rationale())
                .isEqualTo(
                        "Cyber defense maturity is 2 of 5; a threat level of 3 calls for at least 3.");
        assertThat(action.evidence().values())
                .containsExactly(
                        entry("capabilities.cyberDefense", 2),
                        entry("threat.level", 3),
                        entry("threshold.technology.requiredMaturity.3", 3),
                        entry("threshold.technology.severeShortfallLevels", 2),
                        entry("distance.maturityLevelsShort", 1.0));
    }

    @Test
    void cyberDefenseTwoLevelsShortIsHigh() {
        Assessment result = assess(soundSet(b -> b.capabilities(new Capabilities(1, 3, 3))));

        Action action = actionOfFirst(result, "DEFENSE_TECHNOLOGY/upgrade-cyber-defense");
        assertThat(action.scoring().severity()).isEqualTo(Priority.HIGH);
        assertThat(action.priority()).isEqualTo(Priority.HIGH);
        assertThat(action.score())
                .isEqualTo(63.8); // 68.4 x 0.933: two levels of the full three short
    }

    @Test
    void cyberDefenseAtRequiredMaturityDoesNotFire() {
        Assessment result = assess(soundSet(b -> b.capabilities(new Capabilities(3, 3, 3))));

        assertThat(actionOfFirst(result, "DEFENSE_TECHNOLOGY/upgrade-cyber-defense")).isNull();
    }

    @Test
    void missileDefenseShortOfThreat() {
        Assessment result = assess(soundSet(b -> b.capabilities(new Capabilities(3, 2, 3))));

        Action action = actionOfFirst(result, "DEFENSE_TECHNOLOGY/upgrade-missile-defense");
        assertThat(action.ruleIds()).containsExactly("TECH-2");
        assertThat(action.priority()).isEqualTo(Priority.MEDIUM);
        assertThat(action.evidence().values()).containsEntry("capabilities.missileDefense", 2);
    }

    @Test
    void missileDefenseAtRequiredMaturityDoesNotFire() {
        Assessment result = assess(soundSet(b -> b.capabilities(new Capabilities(2, 3, 2))));

        assertThat(actionOfFirst(result, "DEFENSE_TECHNOLOGY/upgrade-missile-defense")).isNull();
    }

    @Test
    void unmannedShortOfThreat() {
        // a threat through SPACE, which unmanned capabilities do not answer: TECH-3 alone, no
        // TECH-4 step
        Assessment result =
                assess(
                        soundSet(
                                b ->
                                        b.capabilities(new Capabilities(3, 3, 1))
                                                .threat(
                                                        new Threat(
                                                                3, List.of(ThreatDomain.SPACE)))));

        Action action = actionOfFirst(result, "DEFENSE_TECHNOLOGY/upgrade-unmanned");
        assertThat(action.ruleIds()).containsExactly("TECH-3");
        assertThat(action.scoring().severity()).isEqualTo(Priority.HIGH);
        assertThat(action.evidence().values()).containsEntry("capabilities.unmanned", 1);
    }

    @Test
    void unmannedAtRequiredMaturityDoesNotFire() {
        Assessment result = assess(soundSet(b -> b.capabilities(new Capabilities(1, 1, 3))));

        assertThat(actionOfFirst(result, "DEFENSE_TECHNOLOGY/upgrade-unmanned")).isNull();
    }
}
