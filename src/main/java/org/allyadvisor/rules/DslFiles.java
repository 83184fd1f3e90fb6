package org.allyadvisor.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The check that DSL sentences have a DSL to be read with: a {@code .dslr} file in a folder without
 * any {@code .dsl} file is one error at its first sentence, rather than an error for every sentence
 * Drools finds no mapping for.
 */
final class DslFiles {

    /**
     * Lines of a DSLR file that are DRL, not sentences: blank, comments, and the keywords around
     * the sentences.
     */
    private static final Pattern NOT_A_SENTENCE =
            Pattern.compile(
                    "^\\s*(|//.*|#.*|/\\*.*|\\*.*|package\\b.*|import\\b.*|rule\\b.*|@.*|when\\b.*|then\\b.*|end\\b.*)$");

    private DslFiles() {}

    /** Whether the rule set has a DSL to expand its DSLR files with. */
    static boolean present(List<RuleFile> files) {
        return files.stream().anyMatch(f -> f.kind() == RuleFile.Kind.DSL);
    }

    /** One problem for each DSLR file when no DSL file is there to expand it. */
    static List<RuleProblem> missing(List<RuleFile> files) {
        List<RuleProblem> problems = new ArrayList<>();
        if (present(files)) {
            return problems;
        }
        for (RuleFile dslr : files.stream().filter(f -> f.kind() == RuleFile.Kind.DSLR).toList()) {
            List<String> lines = dslr.text().lines().toList();
            int first = 0;
            for (int i = 0; i < lines.size() && first == 0; i++) {
                if (!NOT_A_SENTENCE.matcher(lines.get(i)).matches()) {
                    first = i + 1;
                }
            }
            problems.add(
                    new RuleProblem(
                            dslr.path(),
                            first,
                            0,
                            "no DSL file (.dsl) in the rule folder to read this"
                                    + " file's sentences with; put the .dsl that defines them beside it"));
        }
        return problems;
    }
}
