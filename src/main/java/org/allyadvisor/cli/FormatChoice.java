package org.allyadvisor.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which format a command writes when --format is not given: the one the --output file's extension
 * names ({@code -o brief.md}), so that {@code -o brief.json} never holds a table; else the table.
 */
final class FormatChoice {

    /**
     * The extensions of documents someone may ask for: one a command cannot write is a usage error,
     * not a table in a file named {@code .pdf}; any other extension gets the table.
     */
    private static final List<String> DOCUMENTS =
            List.of(
                    "json",
                    "md",
                    "markdown",
                    "csv",
                    "html",
                    "htm",
                    "xml",
                    "xlsx",
                    "pdf",
                    "yaml",
                    "yml");

    private FormatChoice() {}

    /**
     * @param table the format of a terminal, and of a file whose extension names no document
     * @param written the extensions the command writes, each with its format
     * @throws UsageException when the extension names a document the command cannot write
     */
    static <F extends Enum<F>> F of(F given, Path output, F table, Map<String, F> written)
            throws UsageException {
        if (given != null) {
            return given;
        }
        if (output == null || output.getFileName() == null) {
            return table;
        }
        String name = output.getFileName().toString().toLowerCase(Locale.ROOT);
        String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
        if (written.containsKey(extension)) {
            return written.get(extension);
        }
        if (DOCUMENTS.contains(extension)) {
            throw new UsageException(
                    "cannot write "
                            + output
                            + " as ."
                            + extension
                            + "; give --format "
                            + names(table.getDeclaringClass())
                            + ", or another file name");
        }
        return table;
    }

    /** {@code table, json or markdown}. */
    private static <F extends Enum<F>> String names(Class<F> formats) {
        List<String> names =
                Arrays.stream(formats.getEnumConstants())
                        .map(f -> f.name().toLowerCase(Locale.ROOT))
                        .toList();
        return String.join(", ", names.subList(0, names.size() - 1))
                + " or "
                + names.get(names.size() - 1);
    }
}
