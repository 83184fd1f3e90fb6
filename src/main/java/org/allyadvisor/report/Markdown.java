package org.allyadvisor.report;

import java.util.regex.Pattern;

/**
 * Escaping for Markdown: text from fact files and rules is shown as written, never read as markup
 * (an ally named {@code *X*}, a rationale with {@code [brackets]} or a pipe in a table cell).
 */
final class Markdown {

    /**
     * The characters CommonMark (and GitHub's tables and strike-through) give a meaning to within a
     * line.
     */
    private static final Pattern SPECIAL = Pattern.compile("([\\\\`*_\\[\\]<>|~])");

    private static final Pattern LINE_BREAK = Pattern.compile("\\R");

    private Markdown() {}

    /**
     * Plain text within a line, on one line, every special character escaped (in a table cell too:
     * a pipe never ends it).
     */
    static String text(String raw) {
        String oneLine = LINE_BREAK.matcher(raw == null ? "" : raw).replaceAll(" ");
        return SPECIAL.matcher(oneLine).replaceAll("\\\\$1");
    }

    /** Plain text that starts a line: also never a heading, list item or quote. */
    static String paragraph(String raw) {
        return text(raw)
                .replaceFirst("^(\\d+)([.)])", "$1\\\\$2")
                .replaceFirst("^([-+#>=])", "\\\\$1");
    }

    /** A name or path as code; a backtick in it widens the fence rather than ending it. */
    static String code(String raw) {
        String oneLine = LINE_BREAK.matcher(raw == null ? "" : raw).replaceAll(" ");
        String fence = oneLine.contains("`") ? "``" : "`";
        String pad = oneLine.startsWith("`") || oneLine.endsWith("`") ? " " : "";
        return fence + pad + oneLine + pad + fence;
    }
}
