package org.allyadvisor.report;

import java.util.ArrayList;
import java.util.List;
import org.allyadvisor.trace.Coverage;
import org.allyadvisor.trace.Passage;
import org.allyadvisor.trace.PassageTrace;
import org.allyadvisor.trace.Trace;
import org.allyadvisor.trace.TracedRule;

/**
 * The traceability matrix as a brief to paste into a document: one table per section of the source,
 * a row per passage (where, the words, the rules that encode it, what they raised), then the
 * passages no rule encodes and the rules whose passage is not in the source. Text from the source,
 * the rules and the facts is escaped.
 */
public final class TraceMarkdownReport {

    private static final String TABLE_HEAD =
            "| line | passage | rules | raised on these facts |\n|---|---|---|---|\n";

    private TraceMarkdownReport() {}

    public static String render(Trace trace) {
        StringBuilder md = new StringBuilder();
        md.append("# Traceability: ").append(Markdown.text(TraceText.facts(trace))).append("\n\n");
        md.append("US support ")
                .append(trace.factSet().usSupportLevel())
                .append(", rules ")
                .append(Markdown.code(TraceText.rules(trace)))
                .append(", source ")
                .append(
                        trace.documents().isEmpty()
                                ? Markdown.text(TraceText.documents(trace))
                                : String.join(
                                        ", ",
                                        trace.documents().stream().map(Markdown::code).toList()))
                .append(".\n\n")
                .append(Markdown.paragraph(TraceText.summary(trace)))
                .append(".\n");
        String document = null;
        boolean inTable = false;
        for (PassageTrace row : trace.passages()) {
            Passage passage = row.passage();
            if (!passage.file().equals(document)) {
                document = passage.file();
                inTable = false;
                if (trace.documents().size() > 1) {
                    md.append("\n## ").append(Markdown.code(document)).append('\n');
                }
            }
            if (passage.isHeading()) {
                md.append("\n")
                        .append(trace.documents().size() > 1 ? "### " : "## ")
                        .append(Markdown.text(passage.text()))
                        .append(" (line ")
                        .append(passage.line())
                        .append(")\n");
                inTable = false;
                continue;
            }
            if (!inTable) {
                if (passage.section().isEmpty()) {
                    md.append('\n')
                            .append(trace.documents().size() > 1 ? "### " : "## ")
                            .append("Before the first heading\n");
                }
                md.append('\n').append(TABLE_HEAD);
                inTable = true;
            }
            md.append("| ")
                    .append(passage.line())
                    .append(':')
                    .append(passage.column())
                    .append(" | ")
                    .append(Markdown.text(passage.text()))
                    .append(" | ")
                    .append(rules(row))
                    .append(" | ")
                    .append(row.isEncoded() ? Markdown.text(TraceText.raised(row.raised())) : "")
                    .append(" |\n");
        }
        gaps(trace, md);
        notInSource(trace, md);
        return md.toString();
    }

    /** Each rule of a passage on a line of its own within the cell; a note when none encodes it. */
    private static String rules(PassageTrace row) {
        if (!row.isEncoded()) {
            return "*no rule*";
        }
        List<String> rules = new ArrayList<>();
        for (PassageTrace.Encoding encoding : row.rules()) {
            TracedRule rule = encoding.rule();
            rules.add(
                    "**"
                            + Markdown.text(rule.id())
                            + "** "
                            + Markdown.text(rule.name())
                            + " ("
                            + rule.form()
                            + ", "
                            + Markdown.code(rule.where())
                            + (encoding.coverage() == Coverage.PART ? ", quotes part" : "")
                            + "): "
                            + Markdown.text(TraceText.counted(rule)));
        }
        return String.join("<br>", rules);
    }

    private static void gaps(Trace trace, StringBuilder md) {
        List<PassageTrace> gaps = trace.gaps();
        md.append("\n## Passages no rule encodes (").append(gaps.size()).append(")\n\n");
        if (gaps.isEmpty()) {
            md.append("None: every passage has a rule.\n");
        }
        for (PassageTrace gap : gaps) {
            md.append("- ")
                    .append(Markdown.code(gap.passage().where()))
                    .append(' ')
                    .append(Markdown.text(gap.passage().text()))
                    .append('\n');
        }
    }

    private static void notInSource(Trace trace, StringBuilder md) {
        List<TracedRule> stale = trace.notInSource();
        md.append("\n## Rules whose passage is not in the source (")
                .append(stale.size())
                .append(")\n\n");
        if (stale.isEmpty()) {
            md.append("None: every rule quotes words the source still holds.\n");
        }
        for (TracedRule rule : stale) {
            md.append("- **")
                    .append(Markdown.text(rule.id()))
                    .append("** ")
                    .append(Markdown.text(rule.name()))
                    .append(" (")
                    .append(rule.form())
                    .append(", ")
                    .append(Markdown.code(rule.where()))
                    .append(") quotes \"")
                    .append(Markdown.text(rule.quote()))
                    .append("\": ")
                    .append(Markdown.text(TraceText.raised(rule)))
                    .append('\n');
        }
    }
}
