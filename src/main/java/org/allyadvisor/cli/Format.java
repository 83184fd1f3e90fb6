package org.allyadvisor.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Locale;

import org.allyadvisor.report.CsvReport;
import org.allyadvisor.report.JsonReport;
import org.allyadvisor.report.MarkdownReport;
import org.allyadvisor.report.TableReport;
import org.allyadvisor.results.Assessment;

/** How an assessment is written out. */
enum Format {
    TABLE((assessment, out) -> out.write(TableReport.render(assessment))),
    // streamed: the JSON of a large fact set runs to hundreds of megabytes, never held whole
    JSON(JsonReport::write),
    MARKDOWN((assessment, out) -> out.write(MarkdownReport.render(assessment))),
    CSV(CsvReport::write);

    private final Renderer renderer;

    Format(Renderer renderer) {
        this.renderer = renderer;
    }

    void write(Assessment assessment, Writer out) throws IOException {
        renderer.write(assessment, out);
    }

    /**
     * The format asked for; else the one the output file's extension names ({@code brief.md}), so
     * that {@code -o brief.json} never holds a table; else the table.
     *
     * @throws UsageException when the extension names a format this command cannot write
     */
    static Format of(Format given, Path output) throws UsageException {
        if (given != null) {
            return given;
        }
        if (output == null || output.getFileName() == null) {
            return TABLE;
        }
        String name = output.getFileName().toString().toLowerCase(Locale.ROOT);
        String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
        return switch (extension) {
            case "json" -> JSON;
            case "md", "markdown" -> MARKDOWN;
            case "csv" -> CSV;
            case "html", "htm", "xml", "xlsx", "pdf", "yaml", "yml" -> throw new UsageException("cannot write "
                    + output + " as ." + extension + "; give --format table, json, markdown or csv, or another file name");
            default -> TABLE;
        };
    }

    @FunctionalInterface
    private interface Renderer {
        void write(Assessment assessment, Writer out) throws IOException;
    }
}
