package org.allyadvisor.cli;

import java.util.function.Function;

import org.allyadvisor.report.JsonReport;
import org.allyadvisor.report.TableReport;
import org.allyadvisor.results.Assessment;

/** How an assessment is written out. */
enum Format {
    TABLE(TableReport::render),
    JSON(JsonReport::render);

    private final Function<Assessment, String> renderer;

    Format(Function<Assessment, String> renderer) {
        this.renderer = renderer;
    }

    String render(Assessment assessment) {
        return renderer.apply(assessment);
    }
}
