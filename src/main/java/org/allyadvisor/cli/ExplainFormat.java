package org.allyadvisor.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Map;
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
        return FormatChoice.of(given, output, TEXT, Map.of("json", JSON));
    }
}
