package org.allyadvisor.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * A Java tokenizer just deep enough to find code by its words: names and punctuation with their
 * offsets, with comments and string, character and text-block literals skipped. The rule code check
 * uses it where a parser gives no positions (conditions) and to find the one piece of DRL that is
 * not Java in a Java consequence, {@code modify ($fact) { setter(...), ... }}.
 */
final class JavaTokens {

    /**
     * A name ({@code word}) or one character of punctuation ({@code ::} is one token), at {@code
     * start}.
     */
    record Token(String text, int start, boolean word) {

        int end() {
            return start + text.length();
        }

        boolean is(String expected) {
            return text.equals(expected);
        }
    }

    /**
     * {@code modify (target) { expression, ... }} in a consequence: where it is and where its parts
     * are.
     */
    record ModifyBlock(int start, int end, Range target, List<Range> expressions) {}

    /** Characters {@code [start, end)} of the scanned text. */
    record Range(int start, int end) {}

    private JavaTokens() {}

    static List<Token> of(String code) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int n = code.length();
        while (i < n) {
            char c = code.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (code.startsWith("//", i)) {
                i = lineEnd(code, i);
            } else if (code.startsWith("/*", i)) {
                int close = code.indexOf("*/", i + 2);
                i = close < 0 ? n : close + 2;
            } else if (code.startsWith("\"\"\"", i)) {
                i = literalEnd(code, i + 3, "\"\"\"");
            } else if (c == '"' || c == '\'') {
                i = literalEnd(code, i + 1, String.valueOf(c));
            } else if (Character.isJavaIdentifierStart(c)) {
                int start = i;
                while (i < n && Character.isJavaIdentifierPart(code.charAt(i))) {
                    i++;
                }
                tokens.add(new Token(code.substring(start, i), start, true));
            } else if (Character.isDigit(c)) {
                while (i < n
                        && (Character.isLetterOrDigit(code.charAt(i))
                                || code.charAt(i) == '.'
                                || code.charAt(i) == '_')) {
                    i++;
                }
            } else if (code.startsWith("::", i)) {
                tokens.add(new Token("::", i, false));
                i += 2;
            } else {
                tokens.add(new Token(String.valueOf(c), i, false));
                i++;
            }
        }
        return tokens;
    }

    /** Every {@code modify (...) { ... }} block, outermost first. */
    static List<ModifyBlock> modifyBlocks(String code) {
        List<Token> tokens = of(code);
        List<ModifyBlock> blocks = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            boolean afterDot = i > 0 && tokens.get(i - 1).is(".");
            if (tokens.get(i).word()
                    && tokens.get(i).is("modify")
                    && !afterDot
                    && i + 1 < tokens.size()
                    && tokens.get(i + 1).is("(")) {
                int close = matching(tokens, i + 1, "(", ")");
                if (close > 0 && close + 1 < tokens.size() && tokens.get(close + 1).is("{")) {
                    int end = matching(tokens, close + 1, "{", "}");
                    if (end > 0) {
                        blocks.add(
                                new ModifyBlock(
                                        tokens.get(i).start(),
                                        tokens.get(end).end(),
                                        new Range(
                                                tokens.get(i + 1).end(), tokens.get(close).start()),
                                        topLevelParts(tokens, close + 1, end)));
                        i = end + 1;
                        continue;
                    }
                }
            }
            i++;
        }
        return blocks;
    }

    /**
     * The parts between {@code open} and {@code close}, split at commas (or semicolons) not nested
     * in brackets.
     */
    private static List<Range> topLevelParts(List<Token> tokens, int open, int close) {
        List<Range> parts = new ArrayList<>();
        int depth = 0;
        int partStart = tokens.get(open).end();
        for (int i = open + 1; i < close; i++) {
            Token token = tokens.get(i);
            if (token.is("(") || token.is("[") || token.is("{")) {
                depth++;
            } else if (token.is(")") || token.is("]") || token.is("}")) {
                depth--;
            } else if ((token.is(",") || token.is(";")) && depth == 0) {
                parts.add(new Range(partStart, token.start()));
                partStart = token.end();
            }
        }
        parts.add(new Range(partStart, tokens.get(close).start()));
        return parts;
    }

    /** The index of the token that closes the bracket at {@code open}, or -1. */
    private static int matching(List<Token> tokens, int open, String opening, String closing) {
        int depth = 0;
        for (int i = open; i < tokens.size(); i++) {
            if (tokens.get(i).is(opening)) {
                depth++;
            } else if (tokens.get(i).is(closing) && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static int lineEnd(String code, int from) {
        int end = from;
        while (end < code.length() && code.charAt(end) != '\n' && code.charAt(end) != '\r') {
            end++;
        }
        return end;
    }

    private static int literalEnd(String code, int from, String quote) {
        int i = from;
        while (i < code.length()) {
            if (code.charAt(i) == '\\') {
                i += 2;
            } else if (code.startsWith(quote, i)) {
                return i + quote.length();
            } else if (quote.length() == 1 && (code.charAt(i) == '\n' || code.charAt(i) == '\r')) {
                return i; // an unclosed literal ends with its line, as the compiler would report it
            } else {
                i++;
            }
        }
        return i;
    }
}
