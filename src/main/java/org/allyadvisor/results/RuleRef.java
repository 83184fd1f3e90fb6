package org.allyadvisor.results;

/**
 * Where a rule is written: its name, its file as the user named it, and the line of {@code rule
 * "..."}.
 */
public record RuleRef(String name, String file, int line) {

    /** {@code rule "name" (file:line)}, as messages cite a rule. */
    public String cited() {
        return "rule \"" + name + "\" (" + file + ":" + line + ")";
    }
}
