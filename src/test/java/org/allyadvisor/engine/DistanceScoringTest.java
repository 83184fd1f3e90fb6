package org.allyadvisor.engine;

import static org.allyadvisor.rules.Fixtures.assess;
import static org.allyadvisor.rules.Fixtures.soundSet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.allyadvisor.advice.Priority;
import org.allyadvisor.facts.Ally;
import org.allyadvisor.facts.Budget;
import org.allyadvisor.facts.Dependence;
import org.allyadvisor.facts.FactSet;
import org.allyadvisor.facts.SupportLevel;
import org.allyadvisor.facts.UsSupport;
import org.allyadvisor.report.JsonReport;
import org.allyadvisor.results.Action;
import org.allyadvisor.results.Assessment;
import org.allyadvisor.results.PortfolioEntry;
import org.allyadvisor.results.Scoring;
import org.junit.jupiter.api.Test;

/**
 * Scores grow with the distance past a rule's line (scoring.distance in the thresholds file), and
 * equal scores are told apart by that distance, then by id. The sound allies face threat level 3
 * under REDUCED support, so a HIGH rule scores 100 × 0.8 × 0.9 × 0.95 = 68.4 at full distance.
 */
class DistanceScoringTest {

    private static final String RAISE = "SUSTAINABLE_BUDGETS/raise-to-floor";
    private static final String SELF_FUND = "SUSTAINABLE_BUDGETS/self-fund-assistance";

    private static Budget spending(double pctGdp) {
        return new Budget(500.0, 18000.0, pctGdp, 30.0, 3.0);
    }

    private static Action action(Assessment result, String ally, String categoryAndKey) {
        return result.ally(ally).orElseThrow().actions().stream()
                .filter(a -> a.id().equals(ally + "/" + categoryAndKey))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void spendingFurtherBelowTheFloorScoresHigher() {
        // Belgium spent 1.30% of GDP in 2024, Croatia 1.81%
        Assessment result =
                assess(
                        soundSet(
                                SupportLevel.REDUCED,
                                2,
                                b -> b.budget(spending(1.30)),
                                b -> b.budget(spending(1.81))));

        Action belgiumLike = action(result, "AAA", RAISE);
        Action croatiaLike = action(result, "BBB", RAISE);
        assertThat(belgiumLike.score()).isEqualTo(64.3); // 0.7 points below the floor: 68.4 × 0.94
        assertThat(croatiaLike.score()).isEqualTo(57.3); // 0.19 points below: 68.4 × 0.838
        assertThat(belgiumLike.priority()).isEqualTo(Priority.HIGH);
        assertThat(croatiaLike.priority()).isEqualTo(Priority.MEDIUM);
    }

    @Test
    void largerAssistanceShareScoresHigher() {
        // US assistance paid for 54% of Egypt's defense spending in 2024 and for 14.6% of Israel's
        Assessment result =
                assess(
                        soundSet(
                                SupportLevel.REDUCED,
                                2,
                                b -> b.usSupport(new UsSupport(9765.0, Dependence.LOW, 100)),
                                b -> b.usSupport(new UsSupport(2631.6, Dependence.LOW, 100))));

        Action egyptLike = action(result, "AAA", SELF_FUND);
        Action israelLike = action(result, "BBB", SELF_FUND);
        assertThat(egyptLike.score())
                .isEqualTo(68.4); // 44.25 points above the 10% line: past the full 40
        assertThat(israelLike.score()).isEqualTo(56.3); // 4.62 points above: 68.4 × 0.823
        assertThat(egyptLike.score()).isGreaterThan(israelLike.score());
    }

    @Test
    void equalScoresAcrossAlliesGoByDistanceThenIdNeverByInputOrder() {
        // all three past the full distance, so all score 68.4; BBB is the least far below
        FactSet set =
                soundSet(
                        SupportLevel.REDUCED,
                        2,
                        b -> b.budget(spending(0.8)),
                        b -> b.budget(spending(0.9)));
        Ally ccc = set.allies().get(2).toBuilder().budget(spending(0.8)).build();
        FactSet reordered =
                new FactSet(
                        set.meta(),
                        set.regions(),
                        List.of(set.allies().get(1), ccc, set.allies().get(0)));

        Assessment result = assess(reordered);

        assertThat(result.portfolio()).extracting(PortfolioEntry::score).containsOnly(68.4);
        assertThat(result.portfolio())
                .extracting(PortfolioEntry::actionId)
                .containsExactly("AAA/" + RAISE, "CCC/" + RAISE, "BBB/" + RAISE);
        assertThat(result.allies()).extracting(a -> a.id()).containsExactly("BBB", "CCC", "AAA");
    }

    @Test
    void theArithmeticIsShownWithTheScore() {
        Assessment result = assess(soundSet(b -> b.budget(spending(1.30))));

        Action action = action(result, "AAA", RAISE);
        assertThat(action.evidence().values()).contains(entry("distance.pointsBelowFloor", 0.7));
        Scoring scoring = action.scoring();
        assertThat(scoring.formula())
                .isEqualTo(
                        "100 × 0.8 (severity HIGH) × 0.9 (threat level 3) × 0.95 "
                                + "(US support REDUCED) × 0.94 (pointsBelowFloor 0.7, full at 1) = 64.3");
        JsonNode json =
                JsonReport.tree(result).get("allies").get(0).get("actions").get(0).get("scoring");
        assertThat(json.get("formula").asText()).isEqualTo(scoring.formula());
        assertThat(json.get("severity").asText()).isEqualTo("HIGH");
        assertThat(json.get("severityWeight").asDouble()).isEqualTo(0.8);
        assertThat(json.get("threatLevel").asInt()).isEqualTo(3);
        assertThat(json.get("threatWeight").asDouble()).isEqualTo(0.9);
        assertThat(json.get("supportLevel").asText()).isEqualTo("REDUCED");
        assertThat(json.get("supportWeight").asDouble()).isEqualTo(0.95);
        assertThat(json.get("distance").get("measure").asText()).isEqualTo("pointsBelowFloor");
        assertThat(json.get("distance").get("value").asDouble()).isEqualTo(0.7);
        assertThat(json.get("distance").get("full").asDouble()).isEqualTo(1.0);
        assertThat(json.get("distanceWeight").asDouble()).isEqualTo(0.94);
    }

    @Test
    void aConditionWithoutDegreesWeighsInFull() {
        Assessment result = assess(soundSet(b -> b.memberships(List.of())));

        Action action =
                action(result, "AAA", "REGIONAL_PARTNERSHIPS/join-multilateral-arrangement");
        assertThat(action.scoring().distance()).isNull();
        assertThat(action.scoring().distanceWeight()).isEqualTo(1.0);
        assertThat(action.score()).isEqualTo(68.4);
        assertThat(action.scoring().formula()).endsWith("× 1 (no degrees of distance) = 68.4");
    }
}
