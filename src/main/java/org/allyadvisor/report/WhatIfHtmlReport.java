package org.allyadvisor.report;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.TemplateException;
import gg.jte.output.WriterOutput;
import java.io.IOException;
import java.io.Writer;
import org.allyadvisor.results.Action;
import org.allyadvisor.results.Assessment;
import org.allyadvisor.whatif.ActionChange;
import org.allyadvisor.whatif.Comparison;
import org.allyadvisor.whatif.RiskChange;
import org.allyadvisor.whatif.WhatIfResult;

/**
 * A what-if as one self-contained HTML page (no script, no network), rendered by jte from {@code
 * src/main/jte/whatif.jte} beside the assessment's brief: the same content as the Markdown, every
 * value escaped by the template engine. The static methods are the template's words, shared with
 * the other formats.
 */
public final class WhatIfHtmlReport {

    private static final TemplateEngine TEMPLATES =
            TemplateEngine.createPrecompiled(ContentType.Html);

    private WhatIfHtmlReport() {}

    public static void write(WhatIfResult result, Writer out) throws IOException {
        try {
            TEMPLATES.render("whatif.jte", result, new WriterOutput(out));
        } catch (TemplateException failed) {
            if (failed.getCause() instanceof IOException io) {
                throw io;
            }
            throw failed;
        }
        out.flush();
    }

    public static String facts(Assessment assessment) {
        return WhatIfText.facts(assessment);
    }

    public static String rules(Assessment assessment) {
        return WhatIfText.rules(assessment);
    }

    public static String changes(Comparison comparison) {
        return WhatIfText.changes(comparison);
    }

    public static String counts(Comparison comparison) {
        return WhatIfText.counts(comparison);
    }

    public static String change(ActionChange.Change change) {
        return WhatIfText.change(change);
    }

    public static String side(Action action) {
        return WhatIfText.side(action);
    }

    public static String risk(RiskChange change) {
        return WhatIfText.risk(change);
    }

    /**
     * A risk gained or raised reads as worse, one lost or lowered as better: the colour says which.
     */
    public static String riskClass(RiskChange change) {
        return switch (change.change()) {
            case GAINED -> "worse";
            case LOST -> "better";
            case CHANGED ->
                    change.after().level().compareTo(change.before().level()) > 0
                            ? "worse"
                            : "better";
        };
    }
}
