package org.allyadvisor.engine;

import java.time.Duration;
import org.allyadvisor.results.RuleRef;

/**
 * The rules took longer than their thresholds allow for the size of the fact set ({@code
 * engine.deadlineSeconds}) and were halted. When a rule's consequence never returns (a loop that
 * never ends), halting cannot stop it: {@link #stillRunning()} says so, and the thread that runs it
 * is left spinning. It is a daemon thread, so it does not keep the JVM alive, but only ending the
 * process frees it; the command line does exactly that.
 */
public final class DeadlineExceededException extends RuleRunException {

    private static final long serialVersionUID = 1L;

    private final Duration deadline;
    private final boolean stillRunning;

    private DeadlineExceededException(
            String message, RuleRef culprit, Duration deadline, boolean stillRunning) {
        super(message, culprit, null);
        this.deadline = deadline;
        this.stillRunning = stillRunning;
    }

    /**
     * A rule that was still running after the deadline and did not stop when halted: firing, or
     * evaluating its conditions; {@code rule} is null when the engine cannot tell whose condition
     * it was.
     */
    static DeadlineExceededException stuck(RuleRef rule, boolean inCondition, RunLimits limits) {
        String deadline = deadline(limits) + ", and it did not stop when halted";
        return new DeadlineExceededException(
                rule == null
                        ? "the rules did not finish: a rule condition was still being evaluated "
                                + deadline
                        : rule.cited()
                                + " did not finish: "
                                + (inCondition
                                        ? "its condition was still being evaluated "
                                        : "it was still firing ")
                                + deadline,
                rule,
                limits.deadline(),
                true);
    }

    /**
     * Rules halted at the deadline; {@code firing} is the rule firing then, or else {@code busiest}
     * the one that fired most.
     */
    static DeadlineExceededException halted(
            RuleRef firing, RuleRef busiest, long busiestFirings, RunLimits limits) {
        String deadline = "the rules did not finish " + deadline(limits) + " and were halted";
        return new DeadlineExceededException(
                firing != null
                        ? deadline + "; " + firing.cited() + " was firing"
                        : busiest != null
                                ? deadline
                                        + "; "
                                        + busiest.cited()
                                        + " fired most, "
                                        + busiestFirings
                                        + " times"
                                : deadline,
                firing != null ? firing : busiest,
                limits.deadline(),
                false);
    }

    private static String deadline(RunLimits limits) {
        return "by the deadline of "
                + org.allyadvisor.text.Numbers.plain(limits.deadlineSeconds())
                + " s ("
                + limits.deadlineSource()
                + ")";
    }

    /** The time the rules were allowed for this fact set. */
    public Duration deadline() {
        return deadline;
    }

    /**
     * Whether the rule is still running on its thread: its consequence (or a condition) never
     * returned. Only ending the process stops it.
     */
    public boolean stillRunning() {
        return stillRunning;
    }
}
