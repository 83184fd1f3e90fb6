package org.allyadvisor.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What {@code validate} found in a rule set: every error (a rule file that does not compile,
 * thresholds that do not read, metadata the loader refuses) and every warning of {@link
 * RuleSetChecks}, each located in its file.
 *
 * @param source the rule folder as given ({@code rules/}) or {@code built-in}
 * @param ruleFiles how many rule files the set has (thresholds and source documents aside)
 * @param errors what keeps the rule set from loading, in file and line order
 * @param warnings what loads but is likely wrong, in file and line order
 */
public record Validation(
        String source, int ruleFiles, List<RuleProblem> errors, List<RuleWarning> warnings) {

    private static final Comparator<Located> ORDER =
            Comparator.comparing(Located::file)
                    .thenComparingInt(Located::line)
                    .thenComparing(l -> !l.error())
                    .thenComparing(Located::text);

    public Validation {
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
    }

    /** Whether the rule set passes: no error. */
    public boolean passed() {
        return errors.isEmpty();
    }

    /** The same findings with every warning made an error, for {@code --strict}. */
    public Validation strict() {
        List<RuleProblem> all = new ArrayList<>(errors);
        warnings.forEach(w -> all.add(w.asProblem()));
        return new Validation(source, ruleFiles, all, List.of());
    }

    /**
     * Every finding as a compiler would print it, errors and warnings together in file and line
     * order.
     */
    public List<String> lines() {
        List<Located> all = new ArrayList<>();
        errors.forEach(e -> all.add(new Located(e.file(), e.line(), true, e.toString())));
        warnings.forEach(w -> all.add(new Located(w.file(), w.line(), false, w.toString())));
        return all.stream().sorted(ORDER).map(Located::text).toList();
    }

    /** {@code 2 errors, 1 warning in 12 rule files}. */
    public String summary() {
        return count(errors.size(), "error")
                + ", "
                + count(warnings.size(), "warning")
                + " in "
                + count(ruleFiles, "rule file");
    }

    private static String count(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }

    private record Located(String file, int line, boolean error, String text) {}
}
