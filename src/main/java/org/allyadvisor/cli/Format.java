package org.allyadvisor.cli;

import java.io.IOException;
import java.io.Writer;

import org.allyadvisor.report.JsonReport;
import org.allyadvisor.report.TableReport;
import org.allyadvisor.results.Assessment;

/** How an assessment is written out. */
enum Format {
    TABLE((assessment, out) -> out.write(TableReport.render(assessment))),
    // streamed: the JSON of a large fact set runs to hundreds of megabytes, never held whole
    JSON(JsonReport::write);

    private final Renderer renderer;

    Format(Renderer renderer) {
        this.renderer = renderer;
    }

    void write(Assessment assessment, Writer out) throws IOException {
        renderer.write(assessment, out);
    }

    @FunctionalInterface
    private interface Renderer {
        void write(Assessment assessment, Writer out) throws IOException;
    }
}
