package org.allyadvisor.rules;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParseStart;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.Providers;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.SimpleName;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToIntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.model.codegen.execmodel.generator.DrlxParseUtil;
import org.drools.mvel.parser.MvelParser;

/**
 * Parses the pieces of code a rule file holds into syntax trees, and says where in the piece each
 * node is written. Java (consequences, functions, and the conditions that are plain Java
 * expressions) goes through JavaParser, which keeps positions; DRL's own condition syntax ({@code
 * $x : field}, {@code in}, {@code memberOf}, ...) and MVEL-dialect consequences go through Drools'
 * DRLX and MVEL parsers, which keep none, so their nodes are found again by their names in the
 * piece's tokens.
 */
final class RuleCodeParser {

    /**
     * A binding in front of a condition, {@code $id : } or {@code $id := }; the rest is the
     * expression.
     */
    private static final Pattern BINDING =
            Pattern.compile("^\\s*([\\p{L}_$][\\p{L}\\p{N}_$]*)\\s*:(?!:)=?");

    /**
     * A piece parsed: its tree, and for each node the offset in the piece where the node is
     * written.
     *
     * @param offsets the offset of a node in the piece
     */
    record Parsed(Node tree, ToIntFunction<Node> offsets) {

        int offsetOf(Node node) {
            return offsets.applyAsInt(node);
        }
    }

    /** Thrown when a piece is not code either parser reads. */
    static final class Unreadable extends Exception {

        private static final long serialVersionUID = 1L;

        Unreadable(String message) {
            super(message);
        }
    }

    /**
     * Java as the rule compiler reads it; RAW: the grammar of the latest Java, without the checks
     * of one release.
     */
    private static final ParserConfiguration JAVA =
            new ParserConfiguration()
                    .setLanguageLevel(ParserConfiguration.LanguageLevel.RAW)
                    .setAttributeComments(false)
                    .setTabSize(1);

    /**
     * JavaParser builds its grammar's tables once per instance; an instance is not for sharing
     * between threads.
     */
    private static final ThreadLocal<JavaParser> PARSER =
            ThreadLocal.withInitial(() -> new JavaParser(JAVA));

    private RuleCodeParser() {}

    /**
     * A Java consequence or function body. {@code modify ($x) { a(), b() }}, the one piece of DRL
     * in a Java consequence, is blanked out of the block and its parts are parsed on their own.
     */
    static List<Parsed> javaBlock(String code) throws Unreadable {
        List<JavaTokens.ModifyBlock> modifies = JavaTokens.modifyBlocks(code);
        char[] blanked = code.toCharArray();
        for (JavaTokens.ModifyBlock modify : modifies) {
            for (int i = modify.start(); i < modify.end(); i++) {
                if (blanked[i] != '\n' && blanked[i] != '\r') {
                    blanked[i] = ' ';
                }
            }
        }
        List<Parsed> parsed = new ArrayList<>();
        parsed.add(java(ParseStart.BLOCK, "{", new String(blanked), "}"));
        for (JavaTokens.ModifyBlock modify : modifies) {
            List<JavaTokens.Range> parts = new ArrayList<>(modify.expressions());
            parts.add(0, modify.target());
            for (JavaTokens.Range part : parts) {
                String text = code.substring(part.start(), part.end());
                if (!text.isBlank()) {
                    parsed.add(shifted(java(ParseStart.EXPRESSION, "", text, ""), part.start()));
                }
            }
        }
        return parsed;
    }

    /** The name a condition binds ({@code $id} of {@code $id : id}), if it binds one. */
    static Optional<String> boundName(String condition) {
        Matcher binding = BINDING.matcher(condition);
        return binding.find() ? Optional.of(binding.group(1)) : Optional.empty();
    }

    /**
     * A condition, a {@code from} source, an {@code eval}: Java where it is Java, else DRL's own
     * syntax.
     */
    static Parsed expression(String code) throws Unreadable {
        Matcher binding = BINDING.matcher(code);
        String expression =
                binding.find() ? " ".repeat(binding.end()) + code.substring(binding.end()) : code;
        try {
            return java(ParseStart.EXPRESSION, "", expression, "");
        } catch (Unreadable notJava) {
            try {
                return scanned(DrlxParseUtil.parseExpression(code), code);
            } catch (RuntimeException notDrl) {
                throw new Unreadable(firstLine(notDrl.getMessage()));
            }
        }
    }

    /** An MVEL-dialect consequence. */
    static Parsed mvelBlock(String code) throws Unreadable {
        try {
            return scanned(MvelParser.parseBlock("{" + code + "\n}"), code);
        } catch (RuntimeException notMvel) {
            throw new Unreadable(firstLine(notMvel.getMessage()));
        }
    }

    private static Parsed java(
            ParseStart<? extends Node> start, String before, String code, String after)
            throws Unreadable {
        ParseResult<? extends Node> result =
                PARSER.get().parse(start, Providers.provider(before + code + after));
        if (!result.isSuccessful() || result.getResult().isEmpty()) {
            throw new Unreadable(
                    result.getProblems().isEmpty()
                            ? "not Java"
                            : firstLine(result.getProblems().get(0).getMessage()));
        }
        Node tree = result.getResult().get();
        String parsedText = before + code + after;
        return new Parsed(
                tree,
                node ->
                        node.getBegin()
                                .map(
                                        p ->
                                                Math.max(
                                                        0,
                                                        RuleCodeSource.offsetIn(
                                                                        parsedText,
                                                                        p.line,
                                                                        p.column)
                                                                - before.length()))
                                .orElse(0));
    }

    private static Parsed shifted(Parsed parsed, int by) {
        return new Parsed(parsed.tree(), node -> by + parsed.offsetOf(node));
    }

    /**
     * A tree whose parser kept no positions: a node is found as the n-th word of its name in the
     * piece, n being how many nodes of that name come before it in the tree (which follows the
     * order of the source).
     */
    private static Parsed scanned(Node tree, String code) {
        Map<Node, Integer> offsets = new IdentityHashMap<>();
        List<JavaTokens.Token> words =
                JavaTokens.of(code).stream().filter(JavaTokens.Token::word).toList();
        Map<String, Integer> seen = new java.util.HashMap<>();
        for (Node node : RuleCodeNodes.of(tree)) {
            if (node instanceof SimpleName name) {
                int nth = seen.merge(name.getIdentifier(), 1, Integer::sum);
                words.stream()
                        .filter(w -> w.is(name.getIdentifier()))
                        .skip(nth - 1)
                        .findFirst()
                        .ifPresent(w -> offsets.put(node, w.start()));
            }
        }
        return new Parsed(
                tree,
                node -> {
                    Integer at = offsets.get(node);
                    if (at == null) {
                        at =
                                RuleCodeNodes.of(node).stream()
                                        .filter(SimpleName.class::isInstance)
                                        .findFirst()
                                        .map(offsets::get)
                                        .orElse(null);
                    }
                    return at == null ? 0 : at;
                });
    }

    private static String firstLine(String message) {
        if (message == null || message.isBlank()) {
            return "not readable";
        }
        return message.strip().lines().findFirst().orElse("").strip();
    }
}
