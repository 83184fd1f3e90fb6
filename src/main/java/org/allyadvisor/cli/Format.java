package org.allyadvisor.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Map;
import org.allyadvisor.facts.FactSet;
import org.allyadvisor.report.CsvReport;
import org.allyadvisor.report.HtmlBrief;
import org.allyadvisor.report.HtmlReport;
import org.allyadvisor.report.JsonReport;
import org.allyadvisor.report.MarkdownReport;
import org.allyadvisor.report.StabilityJsonReport;
import org.allyadvisor.report.StabilityMarkdownReport;
import org.allyadvisor.report.StabilityTableReport;
import org.allyadvisor.report.TableReport;
import org.allyadvisor.results.Assessment;
import org.allyadvisor.rules.RuleSet;
import org.allyadvisor.trace.Traceability;
import org.allyadvisor.uncertainty.Stability;

/** How an assessment is written out. */
enum Format {
    TABLE((result, out) -> out.write(TableReport.render(result.assessment()))),
    // streamed: the JSON of a large fact set runs to hundreds of megabytes, never held whole
    JSON((result, out) -> JsonReport.write(result.assessment(), out)),
    MARKDOWN((result, out) -> out.write(MarkdownReport.render(result.assessment()))),
    CSV((result, out) -> CsvReport.write(result.assessment(), out)),
    HTML(
            (result, out) ->
                    HtmlReport.write(
                            HtmlBrief.of(
                                    result.assessment(),
                                    result.facts(),
                                    result.rules()
                                            .thresholds(
                                                    result.assessment().factSet().usSupportLevel())
                                            .budget(),
                                    Traceability.of(result.rules(), result.assessment())),
                            out));

    /**
     * What a format may show: the assessment, and the facts and rules it came from (the HTML brief
     * charts facts).
     */
    record Result(Assessment assessment, FactSet facts, RuleSet rules) {}

    private final Renderer renderer;

    Format(Renderer renderer) {
        this.renderer = renderer;
    }

    void write(Result result, Writer out) throws IOException {
        renderer.write(result, out);
    }

    /**
     * A study of how firm the advice is ({@code assess --uncertainty N}); not written as csv (the
     * command refuses it).
     */
    void write(Stability stability, FactSet facts, RuleSet rules, Writer out) throws IOException {
        switch (this) {
            case TABLE -> out.write(StabilityTableReport.render(stability));
            case JSON -> StabilityJsonReport.write(stability, out);
            case MARKDOWN -> out.write(StabilityMarkdownReport.render(stability));
            case HTML ->
                    HtmlReport.write(
                            HtmlBrief.of(
                                    stability.baseline(),
                                    facts,
                                    rules.thresholds(
                                                    stability.baseline().factSet().usSupportLevel())
                                            .budget(),
                                    Traceability.of(rules, stability.baseline()),
                                    stability),
                            out);
            case CSV -> throw new IllegalStateException("a study is not written as csv");
        }
    }

    /**
     * The format asked for; else the one the output file's extension names ({@code brief.md}), so
     * that {@code -o brief.json} never holds a table; else the table.
     *
     * @throws UsageException when the extension names a format this command cannot write
     */
    static Format of(Format given, Path output) throws UsageException {
        return FormatChoice.of(
                given,
                output,
                TABLE,
                Map.of(
                        "json", JSON,
                        "md", MARKDOWN,
                        "markdown", MARKDOWN,
                        "csv", CSV,
                        "html", HTML,
                        "htm", HTML));
    }

    @FunctionalInterface
    private interface Renderer {
        void write(Result result, Writer out) throws IOException;
    }
}
