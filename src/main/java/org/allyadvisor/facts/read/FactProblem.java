package org.allyadvisor.facts.read;

import java.util.Comparator;

/**
 * One thing wrong with a fact file, located like a compiler error.
 *
 * @param file the file as the user named it ({@code facts/poland.yaml})
 * @param line 1-based line, or 0 when the problem concerns the whole file
 * @param column 1-based column (for CSV: the column number), or null when not known
 * @param field where in the fact tree ({@code allies[POL].budget.defensePctGdp}), or empty
 * @param message what is wrong
 */
public record FactProblem(String file, int line, Integer column, String field, String message) {

    /** File, then line, then column: the order a reader fixes problems in. */
    static final Comparator<FactProblem> ORDER =
            Comparator.comparing(FactProblem::file)
                    .thenComparingInt(FactProblem::line)
                    .thenComparingInt(p -> p.column() == null ? 0 : p.column());

    /** Field and message are kept to one printable line, whatever bytes a bad file held. */
    public FactProblem {
        field = field == null ? "" : printable(field);
        message = printable(message);
    }

    private static String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> out.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        return out.toString();
    }

    /** {@code FILE:LINE:COLUMN: FIELD: message}, dropping the parts that are not known. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(file);
        if (line > 0) {
            text.append(':').append(line);
            if (column != null) {
                text.append(':').append(column);
            }
        }
        text.append(": ");
        if (!field.isEmpty()) {
            text.append(field).append(": ");
        }
        return text.append(message).toString();
    }
}
