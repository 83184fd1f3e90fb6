package org.allyadvisor.engine;

import org.allyadvisor.results.RuleRef;

/**
 * A rule threw while it was evaluated or fired, e.g. a consequence calling a method on a missing
 * value, a condition calling a method that throws, or a rule recursing until the stack overflows.
 * The culprit is null only when the engine cannot tell whose condition it was.
 */
public final class RuleFailedException extends RuleRunException {

    private static final long serialVersionUID = 1L;

    RuleFailedException(RuleRef culprit, Throwable cause) {
        super(
                (culprit == null
                                ? "a rule condition failed while facts were matched: "
                                : culprit.cited() + " failed: ")
                        + describe(cause),
                culprit,
                cause);
    }

    private RuleFailedException(String message, RuleRef culprit, Throwable cause) {
        super(message, culprit, cause);
    }

    /**
     * A condition of the rule threw while facts were matched; {@code condition} as written, or null
     * when unknown.
     */
    static RuleFailedException inCondition(RuleRef culprit, String condition, Throwable cause) {
        return new RuleFailedException(
                culprit.cited()
                        + " failed in its condition"
                        + (condition == null ? "" : " '" + condition + "'")
                        + ": "
                        + describe(cause),
                culprit,
                cause);
    }

    /** The root cause in one line: its type and the first line of its message. */
    static String describe(Throwable cause) {
        Throwable root = cause;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root instanceof StackOverflowError) {
            return "StackOverflowError: it recursed too deeply";
        }
        String message = root.getMessage();
        return root.getClass().getSimpleName()
                + (message == null ? "" : ": " + message.lines().findFirst().orElse(""));
    }
}
