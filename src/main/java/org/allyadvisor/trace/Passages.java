package org.allyadvisor.trace;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.allyadvisor.rules.SourceTexts.SourceText;

/**
 * A source document cut into the passages a policy reader would point at. A list item is one
 * passage; a paragraph is cut into sentences; a heading names the section of what follows.
 *
 * <p>Plain text ({@code .txt}, as the article is kept) is read line by line, as such an article is
 * laid out: each line is a heading, a list item or a paragraph, and a line that does not end as a
 * sentence does ({@code . ! ? : ;}) is a heading. Markdown ({@code .md}) is read as Markdown:
 * headings start with {@code #}, a paragraph runs to the next blank line, heading or list item, and
 * a list item goes on over its indented lines.
 */
final class Passages {

    /** A passage and the characters {@code start..end} of the document's text it is written in. */
    record Located(Passage passage, int start, int end) {}

    private static final Pattern LIST_MARKER = Pattern.compile("([-*+\u2022]|\\d{1,3}[.)])[ \\t]+");
    private static final Pattern MARKDOWN_HEADING = Pattern.compile("#{1,6}[ \\t]+");

    /** Words a period follows without ending the sentence: titles and the like. */
    private static final Set<String> ABBREVIATIONS =
            Set.of(
                    "mr", "mrs", "ms", "dr", "prof", "st", "gen", "col", "lt", "sgt", "adm", "capt",
                    "gov", "sen", "rep", "jr", "sr", "vs", "no", "fig", "inc", "ltd", "co", "corp",
                    "approx");

    /** Letters each followed by a period: U.S., e.g., i.e. */
    private static final Pattern INITIALS = Pattern.compile("(?:\\p{L}\\.)+");

    private final String file;
    private final String text;
    private final int[] lineStarts;
    private final List<Located> found = new ArrayList<>();
    private String section = "";

    private Passages(SourceText document) {
        this.file = document.file();
        this.text = document.text();
        List<Integer> starts = new ArrayList<>(List.of(0));
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        this.lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The passages of a document, in the order it gives them. */
    static List<Located> of(SourceText document) {
        Passages passages = new Passages(document);
        if (document.file().toLowerCase(Locale.ROOT).endsWith(".md")) {
            passages.readMarkdown();
        } else {
            passages.readLines();
        }
        return List.copyOf(passages.found);
    }

    private void readLines() {
        for (int line = 0; line < lineStarts.length; line++) {
            int start = skipSpace(lineStarts[line], lineEnd(line));
            int end = trimEnd(start, lineEnd(line));
            if (!hasWords(start, end)) {
                continue;
            }
            Matcher item = LIST_MARKER.matcher(text).region(start, end);
            if (item.lookingAt()) {
                add(PassageKind.LIST_ITEM, item.end(), end);
            } else if (endsAsSentence(start, end)) {
                sentences(start, end);
            } else {
                heading(start, end);
            }
        }
    }

    private void readMarkdown() {
        int paragraph = -1; // where the open paragraph or list item starts, or -1
        boolean inItem = false;
        int end = 0;
        for (int line = 0; line < lineStarts.length; line++) {
            int lineStart = lineStarts[line];
            int start = skipSpace(lineStart, lineEnd(line));
            int lineEnd = trimEnd(start, lineEnd(line));
            boolean blank = !hasWords(start, lineEnd);
            Matcher heading = MARKDOWN_HEADING.matcher(text).region(start, lineEnd);
            Matcher item = LIST_MARKER.matcher(text).region(start, lineEnd);
            boolean continues =
                    !blank
                            && paragraph >= 0
                            && !heading.lookingAt()
                            && !item.lookingAt()
                            && (!inItem || start > lineStart);
            if (continues) {
                end = lineEnd;
                continue;
            }
            close(paragraph, end, inItem);
            paragraph = -1;
            inItem = false;
            if (blank) {
                continue;
            }
            if (heading.lookingAt()) {
                heading(
                        heading.end(),
                        trimEnd(heading.end(), stripClosingHashes(heading.end(), lineEnd)));
            } else if (item.lookingAt()) {
                paragraph = item.end();
                inItem = true;
                end = lineEnd;
            } else {
                paragraph = start;
                end = lineEnd;
            }
        }
        close(paragraph, end, inItem);
    }

    private void close(int start, int end, boolean item) {
        if (start < 0) {
            return;
        }
        if (item) {
            add(PassageKind.LIST_ITEM, start, end);
        } else {
            sentences(start, end);
        }
    }

    private int stripClosingHashes(int start, int end) {
        int at = end;
        while (at > start && text.charAt(at - 1) == '#') {
            at--;
        }
        return at > start && Character.isWhitespace(text.charAt(at - 1)) ? at : end;
    }

    private void heading(int start, int end) {
        section = words(start, end);
        add(PassageKind.HEADING, start, end);
    }

    /** A paragraph, sentence by sentence. */
    private void sentences(int start, int end) {
        int sentence = start;
        for (int i = start; i < end; i++) {
            if (!isTerminal(text.charAt(i))) {
                continue;
            }
            int after = i + 1;
            while (after < end
                    && (isTerminal(text.charAt(after)) || isClosing(text.charAt(after)))) {
                after++;
            }
            if (after >= end || !Character.isWhitespace(text.charAt(after))) {
                continue;
            }
            int next = skipSpace(after, end);
            int first = next;
            while (first < end && isOpening(text.charAt(first))) {
                first++;
            }
            if (first >= end
                    || !(Character.isUpperCase(text.charAt(first))
                            || Character.isDigit(text.charAt(first)))
                    || text.charAt(i) == '.' && abbreviation(sentence, i)) {
                continue;
            }
            add(PassageKind.SENTENCE, sentence, after);
            sentence = next;
            i = next - 1;
        }
        add(PassageKind.SENTENCE, sentence, end);
    }

    /**
     * Whether the period at {@code period} ends an abbreviation rather than the sentence ("U.S.
     * Forces", "Dr. Smith").
     */
    private boolean abbreviation(int sentenceStart, int period) {
        int word = period;
        while (word > sentenceStart
                && !Character.isWhitespace(text.charAt(word - 1))
                && !isOpening(text.charAt(word - 1))) {
            word--;
        }
        String token = text.substring(word, period + 1);
        return INITIALS.matcher(token).matches()
                || ABBREVIATIONS.contains(
                        token.substring(0, token.length() - 1).toLowerCase(Locale.ROOT));
    }

    private void add(PassageKind kind, int start, int end) {
        int to = trimEnd(start, end);
        if (!hasWords(start, to)) {
            return;
        }
        int line = line(start);
        int column = start - lineStarts[line] + (line == 0 && text.startsWith("\uFEFF") ? 0 : 1);
        found.add(
                new Located(
                        new Passage(
                                file,
                                line + 1,
                                column,
                                kind,
                                kind == PassageKind.HEADING ? "" : section,
                                words(start, to)),
                        start,
                        to));
    }

    private String words(int start, int end) {
        return text.substring(start, end).replaceAll("\\s+", " ").strip();
    }

    /** Whether a line ends as a sentence does, closing quotes and brackets aside. */
    private boolean endsAsSentence(int start, int end) {
        int last = end - 1;
        while (last > start && isClosing(text.charAt(last))) {
            last--;
        }
        return isTerminal(text.charAt(last))
                || text.charAt(last) == ':'
                || text.charAt(last) == ';';
    }

    private int line(int at) {
        int found = java.util.Arrays.binarySearch(lineStarts, at);
        return found >= 0 ? found : -found - 2;
    }

    private int lineEnd(int line) {
        return line + 1 < lineStarts.length ? lineStarts[line + 1] - 1 : text.length();
    }

    /** Skips whitespace, and the byte-order mark a Windows editor puts before the first line. */
    private int skipSpace(int from, int to) {
        int at = from;
        while (at < to
                && (Character.isWhitespace(text.charAt(at)) || text.charAt(at) == '\uFEFF')) {
            at++;
        }
        return at;
    }

    private int trimEnd(int from, int to) {
        int at = to;
        while (at > from && Character.isWhitespace(text.charAt(at - 1))) {
            at--;
        }
        return at;
    }

    private boolean hasWords(int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isTerminal(char c) {
        return c == '.' || c == '!' || c == '?' || c == '\u2026';
    }

    private static boolean isClosing(char c) {
        return c == '"'
                || c == '\''
                || c == '\u201D'
                || c == '\u2019'
                || c == ')'
                || c == ']'
                || c == '\u00BB';
    }

    private static boolean isOpening(char c) {
        return c == '"'
                || c == '\''
                || c == '\u201C'
                || c == '\u2018'
                || c == '('
                || c == '['
                || c == '\u00AB';
    }
}
