package org.allyadvisor.facts.read;

import java.util.ArrayList;
import java.util.List;

/** Collects the problems of one file, so reading goes on past the first one. */
final class Problems {

    private final String file;
    private final List<FactProblem> found = new ArrayList<>();
    private final java.util.Set<String> silenced = new java.util.HashSet<>();

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
        if (column != null && silenced.contains(line + ":" + column)) {
            return;
        }
        found.add(new FactProblem(file, line, column, field, message));
    }

    /**
     * No further problem is reported at this node's place: the one reported says what is wrong
     * there.
     */
    void silence(Node node) {
        silenced.add(node.line() + ":" + node.column());
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
