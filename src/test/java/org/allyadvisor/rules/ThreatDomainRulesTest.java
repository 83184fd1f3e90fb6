package org.allyadvisor.rules;

import static org.allyadvisor.rules.Fixtures.actionOfFirst;
import static org.allyadvisor.rules.Fixtures.assess;
import static org.allyadvisor.rules.Fixtures.soundSet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.List;
import org.allyadvisor.advice.Priority;
import org.allyadvisor.facts.Capabilities;
import org.allyadvisor.facts.Threat;
import org.allyadvisor.facts.ThreatDomain;
import org.allyadvisor.results.Action;
import org.allyadvisor.results.Assessment;
import org.junit.jupiter.api.Test;

/**
 * TECH-4: the sound allies face threat level 3 (maturity 3 called for in every capability) through
 * LAND only; the shipped thresholds say missile defense answers MISSILE and AIR threats, cyber
 * defense CYBER and HYBRID ones, unmanned capabilities AIR, MARITIME and LAND ones.
 */
class ThreatDomainRulesTest {

    private static final String MISSILE = "DEFENSE_TECHNOLOGY/upgrade-missile-defense";

    @Test
    void missileDefenseShortUnderAMissileThreatIsOneStepMoreUrgent() {
        Assessment result =
                assess(
                        soundSet(
                                b ->
                                        b.capabilities(new Capabilities(3, 2, 3))
                                                .threat(
                                                        new Threat(
                                                                3,
                                                                List.of(
                                                                        ThreatDomain.LAND,
                                                                        ThreatDomain.MISSILE)))));

        Action action = actionOfFirst(result, MISSILE);
        assertThat(action.ruleIds()).containsExactly("TECH-2", "TECH-4");
        assertThat(action.scoring().severity()).isEqualTo(Priority.HIGH);
        assertThat(action.score())
                .isEqualTo(59.3); // one level short of three: 0.867 of the full weight
        assertThat(action.title()).isEqualTo("Upgrade missile defense systems");
        assertThat(action.rule().name())
                .isEqualTo("Capability short of the threat in a domain it defends against");
        assertThat(action.rationale())
                .isEqualTo(
                        "Threats through MISSILE call for missile defense in particular: "
                                + "at maturity 2 of 5, short of the 3 the threat level calls for, the upgrade is one step more urgent. "
                                + "Missile defense maturity is 2 of 5; a threat level of 3 calls for at least 3.");
        assertThat(action.evidence().values())
                .containsExactly(
                        entry("capabilities.missileDefense", 2),
                        entry("threat.level", 3),
                        entry("threat.domains", List.of("LAND", "MISSILE")),
                        entry("derived.threatDomainsDefended", List.of("MISSILE")),
                        entry("threshold.technology.requiredMaturity.3", 3),
                        entry("threshold.technology.severeShortfallLevels", 2),
                        entry(
                                "threshold.technology.domainsDefended.MISSILE_DEFENSE",
                                List.of("AIR", "MISSILE")),
                        entry("distance.maturityLevelsShort", 1.0));
    }

    @Test
    void severeShortfallInAThreatenedDomainIsCritical() {
        Assessment result =
                assess(
                        soundSet(
                                b ->
                                        b.capabilities(new Capabilities(3, 1, 3))
                                                .threat(new Threat(3, List.of(ThreatDomain.AIR)))));

        Action action = actionOfFirst(result, MISSILE);
        assertThat(action.ruleIds()).containsExactly("TECH-2", "TECH-4");
        assertThat(action.scoring().severity()).isEqualTo(Priority.CRITICAL);
        assertThat(action.score())
                .isEqualTo(79.8); // two levels short of three: 0.933 of the full weight
    }

    @Test
    void shortfallUnderThreatsItDoesNotDefendAgainstStaysAsItWas() {
        Assessment result =
                assess(
                        soundSet(
                                b ->
                                        b.capabilities(new Capabilities(3, 2, 3))
                                                .threat(
                                                        new Threat(
                                                                3,
                                                                List.of(
                                                                        ThreatDomain.LAND,
                                                                        ThreatDomain.CYBER)))));

        Action action = actionOfFirst(result, MISSILE);
        assertThat(action.ruleIds()).containsExactly("TECH-2");
        assertThat(action.priority()).isEqualTo(Priority.MEDIUM);
    }

    @Test
    void threatInTheDomainWithoutAShortfallDoesNotFire() {
        Assessment result =
                assess(
                        soundSet(
                                b ->
                                        b.threat(
                                                new Threat(
                                                        3,
                                                        List.of(
                                                                ThreatDomain.MISSILE,
                                                                ThreatDomain.CYBER,
                                                                ThreatDomain.AIR)))));

        assertThat(Fixtures.first(result).actions()).isEmpty();
    }

    @Test
    void theStepKeepsTheActionAndTitleOfTheUpgradeItSteps() {
        // each capability in turn one level short, first under a LAND-only threat, then under every
        // domain
        List<Capabilities> oneShort =
                List.of(
                        new Capabilities(2, 3, 3),
                        new Capabilities(3, 2, 3),
                        new Capabilities(3, 3, 2));
        for (Capabilities capabilities : oneShort) {
            Action plain =
                    onlyAction(
                            assess(
                                    soundSet(
                                            b ->
                                                    b.capabilities(capabilities)
                                                            .threat(
                                                                    new Threat(
                                                                            3,
                                                                            List.of(
                                                                                    ThreatDomain
                                                                                            .SPACE))))));
            Action stepped =
                    onlyAction(
                            assess(
                                    soundSet(
                                            b ->
                                                    b.capabilities(capabilities)
                                                            .threat(
                                                                    new Threat(
                                                                            3,
                                                                            List.of(
                                                                                    ThreatDomain
                                                                                            .values()))))));

            assertThat(stepped.id()).isEqualTo(plain.id());
            assertThat(stepped.title()).isEqualTo(plain.title());
            assertThat(stepped.ruleIds()).containsExactly(plain.ruleIds().get(0), "TECH-4");
            assertThat(stepped.scoring().severity()).isEqualTo(Priority.HIGH);
            assertThat(plain.priority()).isEqualTo(Priority.MEDIUM);
        }
    }

    private static Action onlyAction(Assessment result) {
        assertThat(Fixtures.first(result).actions()).hasSize(1);
        return Fixtures.first(result).actions().get(0);
    }
}
