package org.allyadvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.allyadvisor.facts.read.BadFactsException;
import org.allyadvisor.facts.read.FactProblem;
import org.junit.jupiter.api.Test;

/**
 * Every failure a command throws becomes one exit code and located lines; what nobody expected is a
 * bug, 70.
 */
class ExitCodesTest {

    @Test
    void badFactsAreThreeWithEveryProblemOnItsOwnLine() {
        ExitCodes.Failure failure =
                ExitCodes.of(
                        new BadFactsException(
                                List.of(
                                        new FactProblem(
                                                "facts/allies.csv",
                                                4,
                                                2,
                                                "id",
                                                "expected a 3-letter code"),
                                        new FactProblem(
                                                "facts/ties.csv", 2, 1, "ally", "no such ally"))));

        assertThat(failure.code()).isEqualTo(3);
        assertThat(failure.lines())
                .containsExactly(
                        "facts/allies.csv:4:2: id: expected a 3-letter code",
                        "facts/ties.csv:2:1: ally: no such ally");
    }

    @Test
    void usageFailureIsTwo() {
        ExitCodes.Failure failure =
                ExitCodes.of(new UsageException("--top must be at least 1, got 0"));

        assertThat(failure.code()).isEqualTo(2);
        assertThat(failure.lines())
                .containsExactly("ally-advisor: --top must be at least 1, got 0");
    }

    @Test
    void unexpectedFailureIsAnInternalErrorNotAUsageError() {
        ExitCodes.Failure failure = ExitCodes.of(new IllegalStateException("a bug"));

        assertThat(failure.code()).isEqualTo(70);
        assertThat(failure.lines())
                .containsExactly(
                        "ally-advisor: internal error: java.lang.IllegalStateException: a bug (please report it; --verbose shows where)");
    }

    @Test
    void outOfMemorySaysHowMuchHeapThereWasAndIsSeventyOne() {
        StringWriter err = new StringWriter();

        int code = Main.outOfMemory(new PrintWriter(err), 512L * 1024 * 1024);

        assertThat(code).isEqualTo(71);
        assertThat(err)
                .hasToString(
                        "ally-advisor: out of memory: the Java heap (at most 512 MB) is too small for this run; "
                                + "give Java more, e.g. java -Xmx2g -jar ally-advisor.jar ..., or assess fewer allies at a time"
                                + System.lineSeparator());
    }
}
