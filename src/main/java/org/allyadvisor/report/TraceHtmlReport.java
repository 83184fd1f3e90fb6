package org.allyadvisor.report;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.TemplateException;
import gg.jte.output.WriterOutput;
import java.io.IOException;
import java.io.Writer;
import org.allyadvisor.trace.Trace;

/**
 * The traceability matrix as one self-contained HTML page (no script, no network), rendered by jte
 * from {@code src/main/jte/trace.jte}; its matrix is the same template ({@code
 * tag/traceability.jte}) as the brief's Traceability section, and jte escapes every value.
 */
public final class TraceHtmlReport {

    private static final TemplateEngine TEMPLATES =
            TemplateEngine.createPrecompiled(ContentType.Html);

    private TraceHtmlReport() {}

    public static void write(Trace trace, Writer out) throws IOException {
        try {
            TEMPLATES.render("trace.jte", trace, new WriterOutput(out));
        } catch (TemplateException failed) {
            if (failed.getCause() instanceof IOException io) {
                throw io;
            }
            throw failed;
        }
        out.flush();
    }
}
