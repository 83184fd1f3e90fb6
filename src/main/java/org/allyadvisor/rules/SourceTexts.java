package org.allyadvisor.rules;

import java.util.List;

/**
 * The source documents a rule set cites ({@code rules/source/*.txt} or {@code *.md}: the article), and whether a
 * rule's {@code @passage} quotes one of them. Quoting is judged on the words: runs of whitespace,
 * curly or straight quotes and apostrophes, and dash variants count as the same, so that a passage
 * retyped in a rule file still matches the article it was copied from; an ellipsis ({@code ...} or
 * {@code …}) stands for words left out, and the parts around it must appear in that order.
 */
public final class SourceTexts {

    /** The folder of a rule set that holds its source documents. */
    public static final String FOLDER = "source";

    private final List<SourceText> documents;
    private final List<String> normalized;
    private final List<String> notText;

    SourceTexts(List<SourceText> documents) {
        this(documents, List.of());
    }

    /** @param notText files of the source folder that are not read as text (a PDF), as users see them */
    SourceTexts(List<SourceText> documents, List<String> notText) {
        this.documents = List.copyOf(documents);
        this.normalized = this.documents.stream().map(d -> normalize(d.text())).toList();
        this.notText = List.copyOf(notText);
    }

    /** Whether a file of the source folder is read as source text: plain text or Markdown. */
    static boolean isText(String fileName) {
        String name = fileName.toLowerCase(java.util.Locale.ROOT);
        return !name.startsWith(".") && (name.endsWith(".txt") || name.endsWith(".md"));
    }

    /**
     * The files of the source folder that are not read, because they are not plain text (the
     * report as a PDF, say): passages cannot be checked against them.
     */
    public List<String> notText() {
        return notText;
    }

    /** One source document: the file as users see it ({@code rules/source/article.txt}) and its text. */
    public record SourceText(String file, String text) {
    }

    public List<SourceText> documents() {
        return documents;
    }

    public boolean isEmpty() {
        return documents.isEmpty();
    }

    /** Whether {@code words} appear in one of the documents, as judged above. A blank quote quotes nothing. */
    public boolean quotes(String words) {
        List<String> parts = List.of(normalize(words).split("\\.\\.\\.", -1)).stream().map(String::strip)
                .filter(p -> !p.isEmpty()).toList();
        return !parts.isEmpty() && normalized.stream().anyMatch(text -> inOrder(text, parts));
    }

    private static boolean inOrder(String text, List<String> parts) {
        int from = 0;
        for (String part : parts) {
            int at = text.indexOf(part, from);
            if (at < 0) {
                return false;
            }
            from = at + part.length();
        }
        return true;
    }

    /** The words of a text as quoting compares them. */
    static String normalize(String text) {
        return text.replace('\u201C', '"').replace('\u201D', '"').replace('\u201E', '"')
                .replace('\u2018', '\'').replace('\u2019', '\'').replace('\u201A', '\'')
                .replace('\u2013', '-').replace('\u2014', '-').replace('\u2011', '-')
                .replace("\u2026", "...").replace('\u00A0', ' ')
                .replaceAll("\\s+", " ").strip();
    }
}
