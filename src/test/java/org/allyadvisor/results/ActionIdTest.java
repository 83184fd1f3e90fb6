package org.allyadvisor.results;

import static org.allyadvisor.rules.Fixtures.actionOfFirst;
import static org.allyadvisor.rules.Fixtures.assess;
import static org.allyadvisor.rules.Fixtures.soundSet;
import static org.assertj.core.api.Assertions.assertThat;

import org.allyadvisor.advice.Category;
import org.allyadvisor.facts.Budget;
import org.junit.jupiter.api.Test;

/**
 * An action's id, {@code ALLY/CATEGORY/key}, read through typed parts: a library caller that counts
 * actions across allies and variants needs its key without taking the id apart.
 */
class ActionIdTest {

    @Test
    void anActionNamesItsAllyAndKeyApartFromItsId() {
        Assessment result =
                assess(soundSet(b -> b.budget(new Budget(500.0, 9000.0, 1.5, 30.0, 3.0))));

        Action raise = actionOfFirst(result, "SUSTAINABLE_BUDGETS/raise-to-floor");

        assertThat(raise.ally()).isEqualTo("AAA");
        assertThat(raise.category()).isEqualTo(Category.SUSTAINABLE_BUDGETS);
        assertThat(raise.key()).isEqualTo("raise-to-floor");
    }

    @Test
    void everyActionsIdIsItsAllyCategoryAndKey() {
        Assessment result =
                assess(soundSet(b -> b.budget(new Budget(500.0, 9000.0, 1.5, 10.0, -3.0))));

        assertThat(result.allies())
                .allSatisfy(
                        ally ->
                                assertThat(ally.actions())
                                        .allSatisfy(
                                                action -> {
                                                    assertThat(action.ally()).isEqualTo(ally.id());
                                                    assertThat(action.id())
                                                            .isEqualTo(
                                                                    action.ally()
                                                                            + "/"
                                                                            + action.category()
                                                                            + "/"
                                                                            + action.key());
                                                }));
        assertThat(result.allies().get(0).actions()).hasSizeGreaterThan(1);
    }
}
