package org.allyadvisor.trace;

/**
 * One passage of a source document: a sentence of a paragraph, an item of a list, or a heading,
 * where a policy reader finds it.
 *
 * @param file the document as users see it ({@code rules/source/article.txt})
 * @param line 1-based line the passage starts on
 * @param column 1-based column it starts at (a list item's text, after its marker)
 * @param kind sentence, list item or heading
 * @param section the heading the passage stands under; empty before the first heading
 * @param text the passage's words as written, each run of whitespace one space
 */
public record Passage(
        String file, int line, int column, PassageKind kind, String section, String text) {

    /** {@code rules/source/article.txt:10:161}, as a compiler names a place. */
    public String where() {
        return file + ":" + line + ":" + column;
    }

    public boolean isHeading() {
        return kind == PassageKind.HEADING;
    }
}
