package org.allyadvisor.text;

/** Where a problem is, as compilers write it and every message of ally-advisor starts. */
public final class Locations {

    private Locations() {}

    /**
     * {@code rules/budget.drl:12:5}, leaving out what is unknown: the column when it is 0, both
     * line and column when the line is 0 (the problem concerns the whole file).
     */
    public static String of(String file, int line, int column) {
        if (line <= 0) {
            return file;
        }
        return column > 0 ? file + ":" + line + ":" + column : file + ":" + line;
    }
}
