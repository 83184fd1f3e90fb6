package org.allyadvisor.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Path;
import java.time.Duration;
import org.allyadvisor.rules.Fixtures;
import org.allyadvisor.rules.RuleFolder;
import org.allyadvisor.rules.RuleSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunawayRulesTest {

    @TempDir Path temp;

    @Test
    void ruleThatKeepsModifyingItsOwnFactIsStoppedAndNamed() throws Exception {
        RuleFolder folder = RuleFolder.copyOfShipped(temp).withTestRule("runaway.drl");
        RuleSet rules = RuleSet.load(folder.dir());

        RunawayRulesException failure = stoppedRun(rules);

        assertThat(failure.culprit().name()).isEqualTo("Count forever");
        assertThat(failure.culprit().file()).isEqualTo(folder.shown("runaway.drl"));
        assertThat(failure.culprit().line()).isEqualTo(16);
        assertThat(failure.limit()).isEqualTo(11_500); // 10000 + 500 per ally, 3 allies
        assertThat(failure.getMessage())
                .isEqualTo(
                        "rule set ran away: it fired more than 11500 rules "
                                + "(engine.ruleFirings: 10000 + 500 per ally × 3 allies) and was stopped; rule \"Count forever\" ("
                                + folder.shown("runaway.drl")
                                + ":16) fired most, "
                                + failure.culpritFirings()
                                + " times");
        assertThat(failure.culpritFirings()).isGreaterThan(11_000);
    }

    @Test
    void ruleThatKeepsChangingFactsIsBlamedRatherThanTheRuleThatFiredMost() throws Exception {
        RuleFolder folder = RuleFolder.copyOfShipped(temp).withTestRule("runaway-by-update.drl");
        RuleSet rules = RuleSet.load(folder.dir());

        RunawayRulesException failure = stoppedRun(rules);

        assertThat(failure.culprit().name()).isEqualTo("Touch every ally");
        assertThat(failure.culprit().line()).isEqualTo(10);
        assertThat(failure.getMessage())
                .startsWith(
                        "rule set ran away: it fired more than 11500 rules "
                                + "(engine.ruleFirings: 10000 + 500 per ally × 3 allies) and was stopped; "
                                + "rule \"Touch every ally\" ("
                                + folder.shown("runaway-by-update.drl")
                                + ":10) changed facts ")
                .contains(" times, and the rules matched again after each change (rule \"")
                .contains(" fired most, ");
        // the rule that fired most is another: the message would have blamed it
        assertThat(failure.getMessage()).doesNotContain("(rule \"Touch every ally\"");
    }

    @Test
    void firingLimitComesFromTheThresholdsFile() throws Exception {
        RuleFolder folder =
                RuleFolder.copyOfShipped(temp)
                        .withTestRule("runaway.drl")
                        .withEngineLimit("ruleFirings", "500", "0");
        RuleSet rules = RuleSet.load(folder.dir());

        RunawayRulesException failure =
                catchThrowableOfType(
                        RunawayRulesException.class,
                        () -> new Assessor(rules).assess(Fixtures.soundSet(b -> b)));

        assertThat(failure.limit()).isEqualTo(500);
        assertThat(failure.culpritFirings()).isLessThanOrEqualTo(501);
    }

    @Test
    void firingLimitGrowsWithTheAlliesOfTheFactSet() throws Exception {
        RuleFolder folder =
                RuleFolder.copyOfShipped(temp)
                        .withTestRule("runaway.drl")
                        .withEngineLimit("ruleFirings", "100", "1000");
        RuleSet rules = RuleSet.load(folder.dir());

        RunawayRulesException failure =
                catchThrowableOfType(
                        RunawayRulesException.class,
                        () -> new Assessor(rules).assess(Fixtures.soundSet(b -> b)));

        assertThat(failure.limit()).isEqualTo(3100);
        assertThat(failure.getMessage())
                .contains("(engine.ruleFirings: 100 + 1000 per ally × 3 allies)");
    }

    @Test
    void ruleSetFiringExactlyTheLimitFinishes() throws Exception {
        RuleFolder folder = onlyCountToTen(11);

        assertThat(
                        new Assessor(RuleSet.load(folder.dir()))
                                .assess(Fixtures.soundSet(b -> b))
                                .allies())
                .hasSize(3);
    }

    @Test
    void ruleSetFiringOneMoreThanTheLimitIsStopped() throws Exception {
        RuleFolder folder = onlyCountToTen(10);

        RunawayRulesException failure =
                catchThrowableOfType(
                        RunawayRulesException.class,
                        () ->
                                new Assessor(RuleSet.load(folder.dir()))
                                        .assess(Fixtures.soundSet(b -> b)));

        assertThat(failure.culprit().name()).isEqualTo("Count to ten");
        assertThat(failure.getMessage())
                .startsWith("rule set ran away: it fired more than 10 rules");
    }

    /**
     * A rule set of one file that fires exactly 11 times, under the given limit for any number of
     * allies.
     */
    private RuleFolder onlyCountToTen(int limit) {
        return RuleFolder.copyOfShipped(temp)
                .deleteRuleFiles()
                .withTestRule("count-to-ten.drl")
                .withEngineLimit("ruleFirings", Integer.toString(limit), "0");
    }

    /**
     * The assessment of a sound fact set, stopped as a runaway. The timeout guards against a hang;
     * it is not a benchmark: the limit stops the rules in well under a second.
     */
    private static RunawayRulesException stoppedRun(RuleSet rules) {
        return assertTimeoutPreemptively(
                Duration.ofSeconds(60),
                () ->
                        catchThrowableOfType(
                                RunawayRulesException.class,
                                () -> new Assessor(rules).assess(Fixtures.soundSet(b -> b))));
    }
}
