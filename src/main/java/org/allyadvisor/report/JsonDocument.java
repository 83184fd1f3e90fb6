package org.allyadvisor.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.allyadvisor.results.Assessment;

/**
 * What every JSON document of ally-advisor shares: one layout (two-space indents, {@code "key":
 * value}, {@code []} and {@code {}} when empty, lines ending in {@code \n} on every platform, a
 * final newline), so that the same result gives the same bytes whichever command wrote it; and the
 * opening of a document about an assessment: its schema, the fact set and the rules.
 */
final class JsonDocument {

    /**
     * Flushing after each value would be a write to the file system per ally when a large
     * assessment is streamed: a document flushes once, at its end.
     */
    static final ObjectMapper MAPPER =
            new ObjectMapper().disable(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);

    /**
     * The layout; a writer makes a fresh copy of it for each document, since a pretty printer keeps
     * the depth it is at.
     */
    private static final DefaultPrettyPrinter PRINTER =
            new DefaultPrettyPrinter(
                            Separators.createDefaultInstance()
                                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                                    .withObjectEmptySeparator("")
                                    .withArrayEmptySeparator(""))
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    private JsonDocument() {}

    /** A document written field by field, for one too large to hold as a tree. */
    @FunctionalInterface
    interface Body {
        void write(JsonGenerator json) throws IOException;
    }

    /** The tree as a document. */
    static String render(JsonNode root) {
        return render(json -> MAPPER.writeTree(json, root));
    }

    /** The document {@code body} writes, as text. */
    static String render(Body body) {
        StringWriter text = new StringWriter();
        try {
            write(body, text);
        } catch (IOException e) {
            throw new UncheckedIOException("a string is always writable", e);
        }
        return text.toString();
    }

    /** Writes the tree as a document to {@code out}; does not close it. */
    static void write(JsonNode root, Writer out) throws IOException {
        write(json -> MAPPER.writeTree(json, root), out);
    }

    /** Writes the document {@code body} writes to {@code out}; does not close it. */
    static void write(Body body, Writer out) throws IOException {
        try (JsonGenerator json =
                MAPPER.writer(PRINTER)
                        .createGenerator(out)
                        .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
            body.write(json);
        }
        out.write("\n");
    }

    /**
     * The opening of a document about an assessment, as a tree: its schema, then the fact set and
     * the rules it came from (in the words of {@link #factSet} and {@link #rules}, or with more).
     */
    static ObjectNode open(String schema, ObjectNode factSet, ObjectNode rules) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schema", schema);
        root.set("factSet", factSet);
        root.set("rules", rules);
        return root;
    }

    /** The opening in the words of {@link #factSet} and {@link #rules}. */
    static ObjectNode open(
            String schema, Assessment.FactSetSummary facts, Assessment.RuleSetSummary rules) {
        return open(schema, factSet(facts), rules(rules));
    }

    /**
     * The same opening, written first into a document streamed field by field: starts the
     * document's object, which the caller ends after the fields of its own.
     */
    static void open(JsonGenerator json, String schema, ObjectNode factSet, ObjectNode rules)
            throws IOException {
        json.writeStartObject();
        json.writeStringField("schema", schema);
        json.writeFieldName("factSet");
        MAPPER.writeTree(json, factSet);
        json.writeFieldName("rules");
        MAPPER.writeTree(json, rules);
    }

    /** What was assessed: the fact set's title and date, and the US support level it ran under. */
    static ObjectNode factSet(Assessment.FactSetSummary summary) {
        ObjectNode factSet = MAPPER.createObjectNode();
        factSet.put("title", summary.title());
        factSet.put("asOf", summary.asOf() == null ? null : summary.asOf().toString());
        factSet.put("usSupportLevel", summary.usSupportLevel().name());
        return factSet;
    }

    /** Which rules assessed it: where they were read from, and the fingerprint of their files. */
    static ObjectNode rules(Assessment.RuleSetSummary summary) {
        ObjectNode rules = MAPPER.createObjectNode();
        rules.put("source", summary.source());
        rules.put("sha256", summary.sha256());
        return rules;
    }
}
