package org.allyadvisor.facts.read;

/** Where a value was read: kept on drafts so checks across files can point back at it. */
record Loc(String file, int line, Integer column) {

    static Loc of(String file, Node node) {
        return new Loc(file, node.line(), node.column());
    }

    /** {@code file:line}, as cited in "first at ..." messages. */
    String where() {
        return file + ":" + line;
    }

    FactProblem problem(String field, String message) {
        return new FactProblem(file, line, column, field, message);
    }
}
