package org.allyadvisor.rules;

import java.util.List;
import java.util.stream.Collectors;

/** A rule set that cannot be loaded: every problem found, each located in its file. */
public final class RuleSetException extends Exception {

    private static final long serialVersionUID = 1L;

    private final List<RuleProblem> problems;

    /** A rule set refused for these problems; the message lists them, one per line. */
    public RuleSetException(List<RuleProblem> problems) {
        super(problems.stream().map(RuleProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    /** A rule set refused for one problem. */
    public RuleSetException(RuleProblem problem) {
        this(List.of(problem));
    }

    /**
     * Every problem found, each with its file, line and column ({@link RuleProblem#toString()}
     * prints it as a compiler would: {@code rules/budget.drl:12:5: error: ...}).
     */
    public List<RuleProblem> problems() {
        return problems;
    }
}
