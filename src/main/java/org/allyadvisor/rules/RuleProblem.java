package org.allyadvisor.rules;

import org.allyadvisor.text.Locations;

/**
 * One thing wrong with a rule set, located like a compiler error.
 *
 * @param file the file as the user named it, e.g. {@code rules/budget.drl}
 * @param line 1-based line, or 0 when the problem concerns the whole file
 * @param column 1-based column, or 0 when unknown
 * @param message what is wrong
 */
public record RuleProblem(String file, int line, int column, String message) {

    /** {@code rules/budget.drl:12:5: error: message}, leaving out what is unknown. */
    @Override
    public String toString() {
        return Locations.of(file, line, column) + ": error: " + message;
    }
}
