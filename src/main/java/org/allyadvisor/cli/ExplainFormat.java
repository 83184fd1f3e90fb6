package org.allyadvisor.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Locale;
import org.allyadvisor.report.ExplanationJson;
import org.allyadvisor.report.ExplanationText;
import org.allyadvisor.results.Explanation;

/** How an explanation is written out. */
enum ExplainFormat {
    TEXT {
        @Override
        void write(Explanation explanation, Writer out) throws IOException {
            out.write(ExplanationText.render(explanation));
        }
    },
    JSON {
        @Override
        void write(Explanation explanation, Writer out) throws IOException {
            ExplanationJson.write(explanation, out);
        }
    };

    abstract void write(Explanation explanation, Writer out) throws IOException;

    /**
     * The format asked for; else the one the output file's extension names, so that {@code -o
     * why.json} never holds text; else text.
     *
     * @throws UsageException when the extension names a format explain cannot write
     */
    static ExplainFormat of(ExplainFormat given, Path output) throws UsageException {
        if (given != null) {
            return given;
        }
        String extension = extension(output);
        return switch (extension) {
            case "json" -> JSON;
            case "md", "markdown", "csv", "html", "htm", "xml", "xlsx", "pdf", "yaml", "yml" ->
                    throw new UsageException(
                            "cannot write "
                                    + output
                                    + " as ."
                                    + extension
                                    + "; give --format text or json, or another file name");
            default -> TEXT;
        };
    }

    /** The file name's extension in lower case; empty for none, or for stdout. */
    static String extension(Path output) {
        if (output == null || output.getFileName() == null) {
            return "";
        }
        String name = output.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
    }
}
