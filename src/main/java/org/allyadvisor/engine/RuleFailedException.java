package org.allyadvisor.engine;

import org.allyadvisor.results.RuleRef;

/**
 * A rule threw while it was evaluated or fired, e.g. a consequence calling a method on a missing
 * value. When a constraint throws while facts are matched, Drools does not say whose it is, and
 * the culprit is null.
 */
public final class RuleFailedException extends RuleRunException {

    RuleFailedException(RuleRef culprit, Throwable cause) {
        super((culprit == null ? "a rule condition failed while facts were matched: "
                : culprit.cited() + " failed: ")
                + describe(cause), culprit, cause);
    }

    private static String describe(Throwable cause) {
        Throwable root = cause;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return root.getClass().getSimpleName() + (message == null ? "" : ": " + message.lines().findFirst().orElse(""));
    }
}
