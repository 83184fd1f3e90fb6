package org.allyadvisor.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.antlr.runtime.ANTLRStringStream;
import org.antlr.runtime.CommonTokenStream;
import org.antlr.runtime.RecognitionException;
import org.drools.drl.parser.ParserError;
import org.drools.drl.parser.lang.dsl.DSLMapLexer;
import org.drools.drl.parser.lang.dsl.DSLMapParser;

/**
 * The check that each entry of a DSL file can be read, made before Drools reads the file. Drools
 * reports a broken entry without the file's name ("DSL parser error" at the rule folder), and its
 * tree walker prints ANTLR's own complaints straight to stderr; so a DSL file with a broken entry
 * is reported here, entry by entry at its line, and never handed to Drools.
 */
final class DslEntries {

    /** Lines Drools skips: blank, {@code #} and {@code //} comments. */
    private static final Pattern COMMENT = Pattern.compile("^\\s*((#/?|//).*)?$");

    /** A line that starts an entry; any other line continues the entry above it. */
    private static final Pattern ENTRY = Pattern.compile("^\\s*\\[.+$");

    private static final Pattern SCOPE = Pattern.compile("^\\s*\\[([^\\]]*)]");

    private static final Set<String> SCOPES =
            Set.of("condition", "when", "consequence", "then", "keyword", "*");

    private DslEntries() {}

    /** Whether every entry of a DSL file can be read. */
    static boolean readable(RuleFile dsl) {
        return problems(dsl).isEmpty();
    }

    /** A problem for each entry of each DSL file that cannot be read, in file order. */
    static List<RuleProblem> problems(List<RuleFile> files) {
        List<RuleProblem> problems = new ArrayList<>();
        files.stream()
                .filter(f -> f.kind() == RuleFile.Kind.DSL)
                .forEach(dsl -> problems.addAll(problems(dsl)));
        return problems;
    }

    private static List<RuleProblem> problems(RuleFile dsl) {
        List<RuleProblem> problems = new ArrayList<>();
        List<String> lines = dsl.text().lines().toList();
        int start = 0;
        StringBuilder entry = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (COMMENT.matcher(line).matches()) {
                continue;
            }
            if (ENTRY.matcher(line).matches() || entry.isEmpty()) {
                check(dsl, start, entry.toString(), problems);
                entry.setLength(0);
                start = i + 1;
                entry.append(line);
            } else {
                entry.append(' ').append(line);
            }
        }
        check(dsl, start, entry.toString(), problems);
        return problems;
    }

    private static void check(RuleFile dsl, int line, String entry, List<RuleProblem> problems) {
        if (entry.isBlank()) {
            return;
        }
        DSLMapParser parser =
                new DSLMapParser(
                        new CommonTokenStream(
                                new DSLMapLexer(new ANTLRStringStream(entry + "\n"))));
        try {
            parser.mapping_file();
        } catch (RecognitionException | RuntimeException unreadable) {
            problems.add(new RuleProblem(dsl.path(), line, 0, whatIsWrong(entry)));
            return;
        }
        List<?> errors = parser.getErrors();
        if (!errors.isEmpty()) {
            int column = errors.get(0) instanceof ParserError error ? error.getCol() + 1 : 0;
            Matcher scope = SCOPE.matcher(entry);
            if (scope.find() && !SCOPES.contains(scope.group(1).strip().toLowerCase(Locale.ROOT))) {
                column = scope.start(1) + 1; // the unknown word, not the bracket after it
            }
            problems.add(
                    new RuleProblem(
                            dsl.path(),
                            line,
                            Math.min(column, entry.length()),
                            whatIsWrong(entry)));
        }
    }

    /** What is wrong with an entry the DSL parser refused, as far as its shape says. */
    static String whatIsWrong(String entry) {
        String shape =
                "a DSL entry reads [condition][]sentence=code or [consequence][]sentence=code";
        Matcher scope = SCOPE.matcher(entry);
        if (!scope.find()) {
            return "not a DSL entry: " + shape;
        }
        String word = scope.group(1).strip();
        if (!SCOPES.contains(word.toLowerCase(Locale.ROOT))) {
            return "unknown scope '["
                    + word
                    + "]'; a DSL entry starts with [condition], [consequence], [keyword] or [*]";
        }
        String rest = entry.substring(scope.end()).replaceFirst("^\\[[^\\]]*]", "");
        int equals = rest.indexOf('=');
        if (equals < 0) {
            return "no '=' between the sentence and its code: " + shape;
        }
        if (rest.substring(0, equals).isBlank()) {
            return "no sentence before '=': " + shape;
        }
        return "this entry cannot be read: " + shape;
    }
}
