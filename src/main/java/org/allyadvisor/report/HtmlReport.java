package org.allyadvisor.report;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.TemplateException;
import gg.jte.output.WriterOutput;
import java.io.IOException;
import java.io.Writer;

/**
 * The assessment as one self-contained HTML file a reader opens in a browser: no script, no
 * network, no file beside it. Rendered by jte from {@code src/main/jte/brief.jte}, compiled at
 * build time; jte escapes every value for where it stands (text, attribute), so no fact or rule
 * text can add markup to the page.
 */
public final class HtmlReport {

    private static final TemplateEngine TEMPLATES =
            TemplateEngine.createPrecompiled(ContentType.Html);

    private HtmlReport() {}

    public static void write(HtmlBrief brief, Writer out) throws IOException {
        try {
            TEMPLATES.render("brief.jte", brief, new WriterOutput(out));
        } catch (TemplateException failed) {
            if (failed.getCause() instanceof IOException io) {
                throw io;
            }
            throw failed;
        }
        out.flush();
    }
}
