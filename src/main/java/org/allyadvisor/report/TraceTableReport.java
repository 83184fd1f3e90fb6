package org.allyadvisor.report;

import java.util.List;
import org.allyadvisor.trace.Passage;
import org.allyadvisor.trace.PassageTrace;
import org.allyadvisor.trace.Trace;
import org.allyadvisor.trace.TracedRule;

/**
 * The traceability matrix as terminal text: per source document and section, each passage with its
 * line and column, the rules that encode it and what they raised on the facts; then the passages no
 * rule encodes and the rules whose passage is no longer in the source.
 */
public final class TraceTableReport {

    private static final String PASSAGE_INDENT = "         ";
    private static final String RULE_INDENT = PASSAGE_INDENT + "  ";

    private TraceTableReport() {}

    public static String render(Trace trace) {
        StringBuilder text = new StringBuilder();
        text.append("Traceability: ").append(TraceText.facts(trace)).append('\n');
        text.append(FactsAndRules.supportAndRules(trace.factSet(), trace.ruleSet()));
        TextWrap.wrap("Source: " + TraceText.documents(trace), "    ", text);
        TextWrap.wrap(TraceText.summary(trace), "    ", text);
        String document = null;
        for (PassageTrace row : trace.passages()) {
            Passage passage = row.passage();
            if (!passage.file().equals(document)) {
                document = passage.file();
                if (trace.documents().size() > 1) {
                    text.append("\n== ").append(document).append('\n');
                }
            }
            if (passage.isHeading()) {
                text.append('\n');
                TextWrap.wrap("— " + passage.text() + " (line " + passage.line() + ")", "  ", text);
                continue;
            }
            passage(row, text);
        }
        gaps(trace, text);
        notInSource(trace, text);
        return text.toString();
    }

    private static void passage(PassageTrace row, StringBuilder text) {
        Passage passage = row.passage();
        String where = String.format("  %-7s", passage.line() + ":" + passage.column());
        TextWrap.wrap(where + "\"" + passage.text() + "\"", PASSAGE_INDENT, text);
        if (!row.isEncoded()) {
            text.append(PASSAGE_INDENT).append("no rule encodes this passage\n");
            return;
        }
        for (PassageTrace.Encoding encoding : row.rules()) {
            TracedRule rule = encoding.rule();
            TextWrap.wrap(
                    PASSAGE_INDENT + TraceText.rule(rule, encoding.coverage()), RULE_INDENT, text);
            TextWrap.wrap(RULE_INDENT + TraceText.raised(rule), RULE_INDENT + "  ", text);
        }
        if (row.rules().size() > 1 && !row.raised().isEmpty()) {
            TextWrap.wrap(
                    PASSAGE_INDENT + "together: " + TraceText.raised(row.raised()),
                    RULE_INDENT,
                    text);
        }
    }

    private static void gaps(Trace trace, StringBuilder text) {
        List<PassageTrace> gaps = trace.gaps();
        text.append("\nPassages no rule encodes (")
                .append(gaps.size())
                .append(")")
                .append(gaps.isEmpty() ? ": none\n" : ":\n");
        for (PassageTrace gap : gaps) {
            Passage passage = gap.passage();
            String where =
                    trace.documents().size() > 1
                            ? passage.where()
                            : passage.line() + ":" + passage.column();
            text.append(String.format("  %-7s", where))
                    .append(TraceText.shortened(passage.text(), 88))
                    .append('\n');
        }
    }

    private static void notInSource(Trace trace, StringBuilder text) {
        List<TracedRule> stale = trace.notInSource();
        text.append("\nRules whose passage is not in the source (")
                .append(stale.size())
                .append(")")
                .append(stale.isEmpty() ? ": none\n" : ":\n");
        for (TracedRule rule : stale) {
            TextWrap.wrap("  " + TraceText.rule(rule, null), "    ", text);
            TextWrap.wrap("    quotes \"" + rule.quote() + "\"", "      ", text);
            TextWrap.wrap("    " + TraceText.raised(rule), "      ", text);
        }
    }
}
