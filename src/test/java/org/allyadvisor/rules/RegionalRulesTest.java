package org.allyadvisor.rules;

import static org.allyadvisor.rules.Fixtures.actionOfFirst;
import static org.allyadvisor.rules.Fixtures.assess;
import static org.allyadvisor.rules.Fixtures.riskOfFirst;
import static org.allyadvisor.rules.Fixtures.soundSet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.ArrayList;
import java.util.List;
import org.allyadvisor.advice.Priority;
import org.allyadvisor.advice.RiskKind;
import org.allyadvisor.facts.Ally;
import org.allyadvisor.facts.Capabilities;
import org.allyadvisor.facts.FactSet;
import org.allyadvisor.facts.Region;
import org.allyadvisor.facts.SupportLevel;
import org.allyadvisor.facts.Tie;
import org.allyadvisor.facts.TieKind;
import org.allyadvisor.results.Action;
import org.allyadvisor.results.Assessment;
import org.allyadvisor.results.Coalition;
import org.allyadvisor.results.Risk;
import org.junit.jupiter.api.Test;

class RegionalRulesTest {

    private static final String COALITION = "REGIONAL_PARTNERSHIPS/build-localized-coalition";

    @Test
    void tooFewStrongRegionalTies() {
        Assessment result =
                assess(
                        soundSet(
                                b ->
                                        b.ties(
                                                List.of(
                                                        new Tie(
                                                                "AAA",
                                                                "BBB",
                                                                TieKind.DEFENSE_AGREEMENT,
                                                                4),
                                                        new Tie(
                                                                "AAA",
                                                                "CCC",
                                                                TieKind.JOINT_EXERCISES,
                                                                3)))));

        Action action = actionOfFirst(result, COALITION);
        assertThat(action.ruleIds()).containsExactly("REG-1");
        assertThat(action.priority()).isEqualTo(Priority.MEDIUM);
        assertThat(action.title()).isEqualTo("Build a localized coalition in Europe-Test");
        assertThat(action.rationale())
                .startsWith("The ally has one strong tie inside Europe-Test (BBB); 2 or more");
        assertThat(action.evidence().values())
                .containsExactly(
                        entry("derived.strongRegionalTies", 1),
                        entry("derived.strongRegionalPartners", List.of("BBB")),
                        entry("threshold.regional.strongTieStrength", 4),
                        entry("threshold.regional.minStrongRegionalTies", 2),
                        entry("distance.strongTiesMissing", 1.0));
    }

    @Test
    void tiesJustStrongEnoughDoNotFire() {
        Assessment result = assess(soundSet(b -> b));

        assertThat(actionOfFirst(result, COALITION)).isNull();
    }

    @Test
    void tiesDeclaredByThePartnerCountForBothEnds() {
        // CCC declares no ties of its own; BBB's and AAA's ties to it make two strong ones
        Assessment result = assess(soundSet(b -> b));

        assertThat(result.ally("CCC").orElseThrow().actions()).isEmpty();
    }

    @Test
    void neighbourStrongWhereAllyIsWeakAndNotTied() {
        Assessment result =
                assess(
                        soundSet(
                                SupportLevel.REDUCED,
                                2,
                                b ->
                                        b.capabilities(new Capabilities(3, 1, 3))
                                                .ties(
                                                        List.of(
                                                                new Tie(
                                                                        "AAA",
                                                                        "CCC",
                                                                        TieKind.DEFENSE_AGREEMENT,
                                                                        4))),
                                b -> b.capabilities(new Capabilities(3, 4, 3))));

        assertThat(result.coalitions()).hasSize(1);
        Coalition coalition = result.coalitions().get(0);
        assertThat(coalition.ruleId()).isEqualTo("REG-2");
        assertThat(coalition.region()).isEqualTo("Europe-Test");
        assertThat(coalition.capability()).isEqualTo("missileDefense");
        assertThat(coalition.members()).containsExactly("BBB", "AAA");
        assertThat(coalition.rationale())
                .isEqualTo(
                        "BBB has missile defense maturity 4, AAA has 1; both are in "
                                + "Europe-Test and not yet tied: a coalition could cover the gap.");
    }

    @Test
    void neighbourStrongWhereAllyIsWeakButAlreadyTiedDoesNotFire() {
        Assessment result =
                assess(
                        soundSet(
                                SupportLevel.REDUCED,
                                2,
                                b -> b.capabilities(new Capabilities(3, 1, 3)),
                                b -> b.capabilities(new Capabilities(3, 4, 3))));

        assertThat(result.coalitions()).isEmpty();
    }

    @Test
    void tieDeclaredByTheStrongAllyAlsoMeansTheyAreTied() {
        // AAA, now the strong one, declares the tie to BBB; the check must look at both ends
        Assessment result =
                assess(
                        soundSet(
                                SupportLevel.REDUCED,
                                2,
                                b -> b.capabilities(new Capabilities(3, 4, 3)),
                                b -> b.capabilities(new Capabilities(3, 1, 3))));

        assertThat(result.coalitions()).isEmpty();
    }

    @Test
    void untiedStrongAllyOfTheSameRegionIsACoalition() {
        Assessment result = assess(withStrongUntiedAlly(Fixtures.REGION));

        assertThat(result.coalitions())
                .extracting(Coalition::members)
                .containsExactly(List.of("DDD", "AAA"));
    }

    @Test
    void untiedStrongAllyOfAnotherRegionIsNoCoalition() {
        Assessment result = assess(withStrongUntiedAlly("Elsewhere"));

        assertThat(result.coalitions()).isEmpty();
    }

    /**
     * The sound set with AAA weak in missile defense, and DDD, strong in it and tied to no one, in
     * {@code region}.
     */
    private static FactSet withStrongUntiedAlly(String region) {
        FactSet set = soundSet(b -> b.capabilities(new Capabilities(3, 1, 3)));
        Ally sound = Fixtures.sound("DDD");
        Ally strong =
                new Ally(
                        "DDD",
                        sound.name(),
                        region,
                        sound.memberships(),
                        sound.budget(),
                        sound.usSupport(),
                        sound.interoperability(),
                        new Capabilities(3, 5, 3),
                        sound.threat(),
                        sound.diplomacy(),
                        List.of());
        List<Ally> allies = new ArrayList<>(set.allies());
        allies.add(strong);
        return new FactSet(
                set.meta(), List.of(set.regions().get(0), new Region("Elsewhere", 2)), allies);
    }

    @Test
    void noMultilateralMembership() {
        Assessment result = assess(soundSet(b -> b.memberships(List.of())));

        Action action =
                actionOfFirst(result, "REGIONAL_PARTNERSHIPS/join-multilateral-arrangement");
        assertThat(action.ruleIds()).containsExactly("REG-3");
        assertThat(action.priority()).isEqualTo(Priority.HIGH);
        assertThat(action.evidence().values()).containsExactly(entry("memberships", List.of()));
        Risk risk = riskOfFirst(result, RiskKind.BILATERAL_ONLY);
        assertThat(risk.ruleId()).isEqualTo("REG-3");
        assertThat(risk.level()).isEqualTo(Priority.HIGH);
        assertThat(risk.score()).isEqualTo(68.4);
    }

    @Test
    void oneMultilateralMembershipDoesNotFire() {
        Assessment result = assess(soundSet(b -> b.memberships(List.of("EU"))));

        assertThat(actionOfFirst(result, "REGIONAL_PARTNERSHIPS/join-multilateral-arrangement"))
                .isNull();
        assertThat(riskOfFirst(result, RiskKind.BILATERAL_ONLY)).isNull();
    }
}
