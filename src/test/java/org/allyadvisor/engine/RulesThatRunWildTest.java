package org.allyadvisor.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Path;
import java.time.Duration;
import org.allyadvisor.rules.Fixtures;
import org.allyadvisor.rules.RuleFolder;
import org.allyadvisor.rules.RuleSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rules that run wild in ways a firing count does not see: a consequence that never returns, one
 * that recurses without end, one that floods working memory in a single firing. Each is stopped and
 * named. The timeouts guard against a hang; they measure nothing.
 */
class RulesThatRunWildTest {

    private static final Duration HANG = Duration.ofSeconds(60);

    @TempDir Path temp;

    @AfterEach
    void releaseStuckRules() {
        Spin.release();
    }

    private <T extends Throwable> T failureOf(Class<T> type, RuleFolder folder) throws Exception {
        RuleSet rules = RuleSet.load(folder.dir());
        return assertTimeoutPreemptively(
                HANG,
                () ->
                        catchThrowableOfType(
                                type, () -> new Assessor(rules).assess(Fixtures.soundSet(b -> b))));
    }

    @Test
    void consequenceThatNeverReturnsIsGivenUpAtTheDeadlineAndNamed() throws Exception {
        Spin.hold();
        RuleFolder folder =
                RuleFolder.copyOfShipped(temp)
                        .withTestRule("spin-until-released.drl")
                        .withEngineLimit("deadlineSeconds", "2", "0");

        DeadlineExceededException failure = failureOf(DeadlineExceededException.class, folder);

        assertThat(failure.stillRunning()).isTrue();
        assertThat(failure.deadline()).isEqualTo(Duration.ofSeconds(2));
        assertThat(failure.culprit().name()).isEqualTo("Spin in place");
        assertThat(failure.getMessage())
                .isEqualTo(
                        "rule \"Spin in place\" ("
                                + folder.shown("spin-until-released.drl")
                                + ":9) did not finish: it was still firing by the deadline of 2 s (engine.deadlineSeconds: 2 + 0 per ally "
                                + "× 3 allies), and it did not stop when halted");
    }

    @Test
    void rulesStillFiringAtTheDeadlineAreHaltedAndTheRuleFiringIsNamed() throws Exception {
        RuleFolder folder =
                RuleFolder.copyOfShipped(temp)
                        .withTestRule("slow-count.drl")
                        .withEngineLimit("deadlineSeconds", "1", "0");

        DeadlineExceededException failure = failureOf(DeadlineExceededException.class, folder);

        assertThat(failure.stillRunning()).isFalse();
        assertThat(failure.culprit().name()).isEqualTo("Count slowly");
        assertThat(failure.getMessage())
                .startsWith(
                        "the rules did not finish by the deadline of 1 s "
                                + "(engine.deadlineSeconds: 1 + 0 per ally × 3 allies) and were halted; rule \"Count slowly\" ("
                                + folder.shown("slow-count.drl")
                                + ":16)");
    }

    @Test
    void deadlineGrowsWithTheAlliesOfTheFactSet() throws Exception {
        Spin.hold();
        RuleFolder folder =
                RuleFolder.copyOfShipped(temp)
                        .withTestRule("spin-until-released.drl")
                        .withEngineLimit("deadlineSeconds", "0.5", "0.25");

        DeadlineExceededException failure = failureOf(DeadlineExceededException.class, folder);

        assertThat(failure.deadline()).isEqualTo(Duration.ofMillis(1250));
    }

    @Test
    void recursionWithoutEndIsReportedWithItsRule() throws Exception {
        RuleFolder folder = RuleFolder.copyOfShipped(temp).withTestRule("deep-recursion.drl");

        RuleFailedException failure = failureOf(RuleFailedException.class, folder);

        assertThat(failure.culprit().name()).isEqualTo("Recurse without end");
        assertThat(failure.getMessage())
                .isEqualTo(
                        "rule \"Recurse without end\" ("
                                + folder.shown("deep-recursion.drl")
                                + ":11) failed: StackOverflowError: it recursed too deeply");
    }

    @Test
    void recursionWithoutEndInAConditionIsReportedWithItsRule() throws Exception {
        RuleFolder folder =
                RuleFolder.copyOfShipped(temp)
                        .withTestRule("deep-recursion.drl")
                        .replaceIn(
                                "deep-recursion.drl",
                                "    Ally()\nthen\n    deeper(0);",
                                "    Ally()\n    eval( deeper(0) > 0 )\nthen");

        RuleFailedException failure = failureOf(RuleFailedException.class, folder);

        assertThat(failure.getMessage())
                .isEqualTo(
                        "rule \"Recurse without end\" ("
                                + folder.shown("deep-recursion.drl")
                                + ":11) failed in its condition: StackOverflowError: it recursed too deeply");
    }

    @Test
    void conditionThatNeverReturnsIsNamedAtTheDeadline() throws Exception {
        Spin.hold();
        RuleFolder folder =
                RuleFolder.copyOfShipped(temp)
                        .withEngineLimit("deadlineSeconds", "2", "0")
                        .write(
                                "stuck.drl",
                                """
                package org.allyadvisor.rules
                import org.allyadvisor.engine.Spin;
                import org.allyadvisor.facts.Ally;

                function boolean spinning(String id) {
                    Spin.untilReleased();
                    return true;
                }

                rule "Condition that never returns"
                when
                    Ally( spinning(id) )
                then
                end
                """);

        DeadlineExceededException failure = failureOf(DeadlineExceededException.class, folder);

        assertThat(failure.stillRunning()).isTrue();
        assertThat(failure.getMessage())
                .isEqualTo(
                        "rule \"Condition that never returns\" ("
                                + folder.shown("stuck.drl")
                                + ":10) did not finish: its condition was still being evaluated by the deadline of 2 s "
                                + "(engine.deadlineSeconds: 2 + 0 per ally × 3 allies), and it did not stop when halted");
    }

    @Test
    void oneFiringThatInsertsAMillionFactsIsStoppedByTheFactLimit() throws Exception {
        RuleFolder folder = RuleFolder.copyOfShipped(temp).withTestRule("million-facts.drl");

        MemoryFloodException failure = failureOf(MemoryFloodException.class, folder);

        assertThat(failure.culprit().name()).isEqualTo("Insert a million facts");
        assertThat(failure.limit()).isEqualTo(11_500); // 10000 + 500 per ally, 3 allies
        assertThat(failure.getMessage())
                .matches(
                        "rule \"Insert a million facts\" \\("
                                + java.util.regex.Pattern.quote(folder.shown("million-facts.drl"))
                                + ":11\\) flooded working memory: it inserted 11\\d\\d\\d facts, past its limit of 11500 facts "
                                + "\\(engine.facts: 10000 \\+ 500 per ally × 3 allies\\), and was stopped");
    }

    @Test
    void consequenceThatSwallowsTheFactLimitIsStoppedAllTheSame() throws Exception {
        RuleFolder folder =
                RuleFolder.copyOfShipped(temp)
                        .withTestRule("million-facts.drl")
                        .replaceIn(
                                "million-facts.drl",
                                "insert(new Grain(i));",
                                "try { insert(new Grain(i)); } catch (RuntimeException ignored) { }");

        MemoryFloodException failure = failureOf(MemoryFloodException.class, folder);

        assertThat(failure.culprit().name()).isEqualTo("Insert a million facts");
    }

    @Test
    void factLimitComesFromTheThresholdsFile() throws Exception {
        RuleFolder folder =
                RuleFolder.copyOfShipped(temp)
                        .withTestRule("million-facts.drl")
                        .withEngineLimit("facts", "1000", "0");

        MemoryFloodException failure = failureOf(MemoryFloodException.class, folder);

        assertThat(failure.limit()).isEqualTo(1000);
    }

    @Test
    void factsGivenBeyondTheLimitAreNotBlamedOnARule() throws Exception {
        RuleFolder folder = RuleFolder.copyOfShipped(temp).withEngineLimit("facts", "5", "0");

        MemoryFloodException failure = failureOf(MemoryFloodException.class, folder);

        assertThat(failure.culprit()).isNull();
        assertThat(failure.getMessage())
                .isEqualTo(
                        "the facts given fill working memory past its limit of 5 facts "
                                + "(engine.facts: 5 + 0 per ally × 3 allies)");
    }
}
