package org.allyadvisor.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * One rule file's text, for finding where a piece of code that Drools parsed out of it (a
 * consequence, a constraint) is written, and on what line a character of it is.
 */
final class RuleCodeSource {

    private final String path;
    private final String text;
    private final List<Integer> lineStarts = new ArrayList<>();

    RuleCodeSource(String path, String text) {
        this.path = path;
        this.text = text;
        lineStarts.add(0);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n'
                    || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                lineStarts.add(i + 1);
            }
        }
    }

    String path() {
        return path;
    }

    /** The offset where 1-based {@code line} starts, clamped to the file; 0 for an unknown line. */
    int lineStart(int line) {
        return line < 1 ? 0 : lineStarts.get(Math.min(line, lineStarts.size()) - 1);
    }

    /**
     * The offset of 1-based {@code line} and 0-based {@code column}, as Drools' descriptors give
     * them.
     */
    int offset(int line, int column) {
        return line < 1 ? 0 : Math.min(text.length(), lineStart(line) + Math.max(0, column));
    }

    /** The 1-based line of an offset. */
    int line(int offset) {
        int low = 0;
        int high = lineStarts.size() - 1;
        while (low < high) {
            int middle = (low + high + 1) / 2;
            if (lineStarts.get(middle) <= offset) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        return low + 1;
    }

    /**
     * Where {@code code} is written at or after {@code from} (or, failing that, anywhere): Drools
     * hands over code as written, at most trimmed. -1 when it is not in the file as given.
     */
    int find(String code, int from) {
        String trimmed = code.strip();
        if (trimmed.isEmpty()) {
            return -1;
        }
        int at = text.indexOf(trimmed, Math.max(0, from));
        return at >= 0 ? at : text.indexOf(trimmed);
    }

    /**
     * The offset in {@code piece} of its 1-based {@code line} and {@code column} (a tab counts as
     * one column).
     */
    static int offsetIn(String piece, int line, int column) {
        int offset = 0;
        for (int current = 1; current < line && offset < piece.length(); offset++) {
            char c = piece.charAt(offset);
            if (c == '\n'
                    || (c == '\r'
                            && (offset + 1 == piece.length()
                                    || piece.charAt(offset + 1) != '\n'))) {
                current++;
            }
        }
        return Math.min(piece.length(), offset + column - 1);
    }
}
