package org.allyadvisor.cli;

import java.io.IOException;
import java.io.Writer;
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
}
