package org.allyadvisor.rules;

import org.allyadvisor.text.Locations;

/**
 * Something in a rule set that loads but that its reader should know of, located like a compiler
 * warning: today, a call in rule code outside what rules may call.
 *
 * @param file the file as the user named it, e.g. {@code rules/budget.drl}
 * @param line 1-based line, or 0 when the finding concerns the whole file or folder
 * @param message what was found
 */
public record RuleWarning(String file, int line, String message) {

    /**
     * The same finding as an error, for those who refuse rule sets with warnings ({@code
     * --strict}).
     */
    public RuleProblem asProblem() {
        return new RuleProblem(file, line, 0, message);
    }

    /**
     * {@code rules/budget.drl:12: warning: message}; without the line when it concerns the whole
     * file (0).
     */
    @Override
    public String toString() {
        return Locations.of(file, line, 0) + ": warning: " + message;
    }
}
