package org.allyadvisor.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The source documents a rule set cites ({@code rules/source/*.txt} or {@code *.md}: the article),
 * and whether a rule's {@code @passage} quotes one of them. Quoting is judged on the words: runs of
 * whitespace, curly or straight quotes and apostrophes, and dash variants count as the same, so
 * that a passage retyped in a rule file still matches the article it was copied from; an ellipsis
 * ({@code ...} or {@code …}) stands for words left out, and the parts around it must appear in that
 * order.
 */
public final class SourceTexts {

    /** The folder of a rule set that holds its source documents. */
    public static final String FOLDER = "source";

    private final List<SourceText> documents;
    private final List<Normalized> normalized;
    private final List<String> notText;

    SourceTexts(List<SourceText> documents) {
        this(documents, List.of());
    }

    /**
     * @param notText files of the source folder that are not read as text (a PDF), as users see
     *     them
     */
    SourceTexts(List<SourceText> documents, List<String> notText) {
        this.documents = List.copyOf(documents);
        this.normalized = this.documents.stream().map(d -> Normalized.of(d.text())).toList();
        this.notText = List.copyOf(notText);
    }

    /** Whether a file of the source folder is read as source text: plain text or Markdown. */
    static boolean isText(String fileName) {
        String name = fileName.toLowerCase(java.util.Locale.ROOT);
        return !name.startsWith(".") && (name.endsWith(".txt") || name.endsWith(".md"));
    }

    /**
     * The files of the source folder that are not read, because they are not plain text (the report
     * as a PDF, say): passages cannot be checked against them.
     */
    public List<String> notText() {
        return notText;
    }

    /**
     * One source document: the file as users see it ({@code rules/source/article.txt}) and its
     * text.
     */
    public record SourceText(String file, String text) {}

    public List<SourceText> documents() {
        return documents;
    }

    public boolean isEmpty() {
        return documents.isEmpty();
    }

    /**
     * Whether {@code words} appear in one of the documents, as judged above. A blank quote quotes
     * nothing.
     */
    public boolean quotes(String words) {
        return find(words).isPresent();
    }

    /**
     * Where {@code words} appear, as {@link #quotes} judges them: the first document that quotes
     * them, and in it the first place each part (the words between ellipses) stands, in order, as
     * character offsets into the document's text as written. Empty when they appear nowhere.
     */
    public Optional<Quotation> find(String words) {
        List<String> parts =
                List.of(normalize(words).split("\\.\\.\\.", -1)).stream()
                        .map(String::strip)
                        .filter(p -> !p.isEmpty())
                        .toList();
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        for (int d = 0; d < documents.size(); d++) {
            List<Span> spans = inOrder(normalized.get(d), parts);
            if (!spans.isEmpty()) {
                return Optional.of(new Quotation(documents.get(d), spans));
            }
        }
        return Optional.empty();
    }

    /** Where a quote stands in a document: one span per part of it, in order. */
    public record Quotation(SourceText document, List<Span> spans) {

        public Quotation {
            spans = List.copyOf(spans);
        }
    }

    /**
     * Characters {@code start} (inclusive) to {@code end} (exclusive) of a document's text as
     * written.
     */
    public record Span(int start, int end) {}

    /** The span of each part in the document as written, or none when a part is missing. */
    private static List<Span> inOrder(Normalized text, List<String> parts) {
        List<Span> spans = new ArrayList<>();
        int from = 0;
        for (String part : parts) {
            int at = text.text().indexOf(part, from);
            if (at < 0) {
                return List.of();
            }
            from = at + part.length();
            spans.add(new Span(text.origin(at), text.origin(from - 1) + 1));
        }
        return spans;
    }

    /** The words of a text as quoting compares them. */
    static String normalize(String text) {
        return Normalized.of(text).text();
    }

    /**
     * A text as quoting compares it, remembering for each of its characters the character of the
     * text as written it comes from, so that a quote found in it can be pointed at in the document.
     */
    private record Normalized(String text, int[] origins) {

        int origin(int at) {
            return origins[at];
        }

        static Normalized of(String written) {
            StringBuilder text = new StringBuilder(written.length());
            int[] origins = new int[written.length() * 3 + 1];
            boolean inSpace = false;
            for (int i = 0; i < written.length(); i++) {
                char c = written.charAt(i);
                if (c == ' '
                        || c == '\t'
                        || c == '\n'
                        || c == '\u000B'
                        || c == '\f'
                        || c == '\r'
                        || c == '\u00A0') {
                    // a run of whitespace counts as one space, kept where the run starts
                    if (!inSpace) {
                        origins[text.length()] = i;
                        text.append(' ');
                    }
                    inSpace = true;
                    continue;
                }
                inSpace = false;
                String same = same(c);
                for (int k = 0; k < same.length(); k++) {
                    origins[text.length()] = i;
                    text.append(same.charAt(k));
                }
            }
            int start = 0;
            int end = text.length();
            while (start < end && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
            while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            return new Normalized(
                    text.substring(start, end), java.util.Arrays.copyOfRange(origins, start, end));
        }

        /**
         * Quote marks, apostrophes and dashes as one of each; an ellipsis character as three dots.
         */
        private static String same(char c) {
            return switch (c) {
                case '\u201C', '\u201D', '\u201E' -> "\"";
                case '\u2018', '\u2019', '\u201A' -> "'";
                case '\u2013', '\u2014', '\u2011' -> "-";
                case '\u2026' -> "...";
                default -> String.valueOf(c);
            };
        }
    }
}
