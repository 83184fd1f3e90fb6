package org.allyadvisor.facts.read;

import java.util.ArrayList;
import java.util.List;

/** Collects the problems of one file, so reading goes on past the first one. */
final class Problems {

    private final String file;
    private final List<FactProblem> found = new ArrayList<>();

    Problems(String file) {
        this.file = file;
    }

    String file() {
        return file;
    }

    void at(Node node, String field, String message) {
        at(node.line(), node.column(), field, message);
    }

    void at(int line, Integer column, String field, String message) {
        found.add(new FactProblem(file, line, column, field, message));
    }

    void add(FactProblem problem) {
        found.add(problem);
    }

    /** A problem with the file as a whole (no line): empty file, wrong name. */
    void whole(String message) {
        found.add(new FactProblem(file, 0, null, "", message));
    }

    List<FactProblem> list() {
        return List.copyOf(found);
    }
}
