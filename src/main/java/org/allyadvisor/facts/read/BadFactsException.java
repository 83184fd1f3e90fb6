package org.allyadvisor.facts.read;

import java.util.List;
import java.util.stream.Collectors;

/** Facts that cannot be read: every problem found, one per line, in file/line/column order. */
public final class BadFactsException extends Exception {

    private static final long serialVersionUID = 1L;

    private final List<FactProblem> problems;

    /** Facts refused for these problems; the message lists them, one per line. */
    public BadFactsException(List<FactProblem> problems) {
        super(text(problems));
        this.problems = sorted(problems);
    }

    /** The problems, sorted by file, line and column. */
    public List<FactProblem> problems() {
        return problems;
    }

    private static List<FactProblem> sorted(List<FactProblem> problems) {
        return problems.stream().sorted(FactProblem.ORDER).toList();
    }

    private static String text(List<FactProblem> problems) {
        return sorted(problems).stream()
                .map(FactProblem::toString)
                .collect(Collectors.joining("\n"));
    }
}
