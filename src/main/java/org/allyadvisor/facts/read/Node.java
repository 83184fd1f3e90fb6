package org.allyadvisor.facts.read;

import java.math.BigDecimal;
import java.util.List;

/**
 * A fact file as a tree that remembers where each value was written. Jackson's own JsonNode drops
 * locations, and every message must point at a line and column.
 */
public sealed interface Node permits Node.Scalar, Node.Sequence, Node.Mapping {

    int line();

    int column();

    /** How the value reads in a "got ..." message. */
    String describe();

    /**
     * A missing value: YAML {@code ~}, an empty value or an empty CSV cell. A data gap, never a
     * zero.
     */
    default boolean isMissing() {
        return this instanceof Scalar s
                && (s.kind() == Kind.NULL
                        || (s.kind() != Kind.NUMBER
                                && s.kind() != Kind.BOOLEAN
                                && s.text().isBlank()));
    }

    /** What a scalar was written as. CELL is CSV text, which may hold any type. */
    enum Kind {
        STRING,
        NUMBER,
        BOOLEAN,
        NULL,
        CELL
    }

    /**
     * @param number the value when kind is NUMBER, else null; null too for a number that is not
     *     finite (NaN, Infinity, YAML's .inf and .nan)
     */
    record Scalar(Kind kind, String text, BigDecimal number, int line, int column) implements Node {

        static Scalar cell(String text, int line, int column) {
            return new Scalar(Kind.CELL, text, null, line, column);
        }

        @Override
        public String describe() {
            return switch (kind) {
                case NUMBER, BOOLEAN -> text;
                case NULL -> "null";
                case STRING, CELL -> quote(text);
            };
        }

        /** Quoted and shortened, so binary garbage cannot make a message unreadable. */
        static String quote(String text) {
            String shown = text.length() > 60 ? text.substring(0, 57) + "..." : text;
            StringBuilder out = new StringBuilder("\"");
            shown.codePoints()
                    .forEach(c -> out.appendCodePoint(Character.isISOControl(c) ? '?' : c));
            return out.append('"').toString();
        }
    }

    record Sequence(List<Node> items, int line, int column) implements Node {
        @Override
        public String describe() {
            return "a list";
        }
    }

    /** Entries in file order; duplicates kept so the reader can report them. */
    record Mapping(List<Entry> entries, int line, int column) implements Node {
        @Override
        public String describe() {
            return "a section";
        }
    }

    record Entry(String key, int line, int column, Node value) {}
}
