package org.allyadvisor.rules;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The checks of {@code validate}: everything that can be wrong with a rule set that compiles, as
 * warnings located in the rule files and the thresholds file. They are kept apart from loading, so
 * that an assessment never pays for them:
 *
 * <ul>
 *   <li>rule code that calls outside what rules may call ({@link RuleSet#warnings()});
 *   <li>metadata: advice without a catalogue id, an id without category or passage, one id on rules
 *       that say different things of themselves, a passage or section the source text does not
 *       quote, no source text at all ({@link CatalogueChecks});
 *   <li>a threshold no rule reads ({@link ThresholdUse});
 *   <li>a comparison of text with a number, a condition the thresholds make impossible ({@link
 *       ConditionChecks});
 *   <li>two rules that emit the same advice under the same conditions ({@link RepeatedAdvice}).
 * </ul>
 *
 * The metadata checks read {@link RuleInfo}s and so hold for rules of any form; the others read the
 * DRL text of the rule files.
 */
public final class RuleSetChecks {

    private RuleSetChecks() {}

    /**
     * Compiles the rule folder and checks it: every error if it does not load, else every warning.
     */
    public static Validation validate(Path folder) {
        String shown = RuleSet.shown(folder);
        List<RuleFile> files = List.of();
        try {
            files = RuleFiles.fromFolder(folder);
            return validate(RuleSet.load(folder));
        } catch (RuleSetException refused) {
            return new Validation(
                    shown, ruleFiles(files), withReaders(refused.problems(), files), List.of());
        }
    }

    private static final Pattern MISSING_THRESHOLD =
            Pattern.compile("^(\\w+\\.\\w+): threshold is missing$");
    private static final int PLACES_NAMED = 3;

    /**
     * A threshold missing from the file is named with the places the rules read it, so staff see
     * what it breaks.
     */
    private static List<RuleProblem> withReaders(List<RuleProblem> problems, List<RuleFile> files) {
        if (problems.stream().noneMatch(p -> MISSING_THRESHOLD.matcher(p.message()).matches())) {
            return problems;
        }
        ParsedRules parsed = ParsedRules.of(files);
        Map<String, Set<String>> readers = ThresholdUse.readers(files, parsed);
        List<RuleProblem> named = new ArrayList<>();
        for (RuleProblem problem : problems) {
            Matcher missing = MISSING_THRESHOLD.matcher(problem.message());
            List<String> places =
                    missing.matches()
                            ? readers.getOrDefault(missing.group(1), Set.of()).stream()
                                    .map(place -> enclosingRule(place, parsed))
                                    .distinct()
                                    .toList()
                            : List.of();
            if (places.isEmpty()) {
                named.add(problem);
                continue;
            }
            String listed =
                    String.join(", ", places.subList(0, Math.min(PLACES_NAMED, places.size())))
                            + (places.size() > PLACES_NAMED
                                    ? " and " + (places.size() - PLACES_NAMED) + " more"
                                    : "");
            named.add(
                    new RuleProblem(
                            problem.file(),
                            problem.line(),
                            problem.column(),
                            problem.message() + "; read by " + listed));
        }
        return named;
    }

    /**
     * {@code rule "Name" (file:line)} for the rule written around {@code file:line}, else the place
     * itself (a function).
     */
    private static String enclosingRule(String place, ParsedRules parsed) {
        int colon = place.lastIndexOf(':');
        String file = place.substring(0, colon);
        int line = Integer.parseInt(place.substring(colon + 1));
        return parsed.rules().stream()
                .filter(r -> r.file().equals(file) && r.line() <= line && line <= r.endLine())
                .findFirst()
                .map(r -> "rule \"" + r.name() + "\" (" + r.file() + ":" + r.line() + ")")
                .orElse(place);
    }

    /** The built-in rule set checked; its errors, if any, are a broken build. */
    public static Validation validateBuiltIn() {
        try {
            return validate(RuleSet.builtIn());
        } catch (RuleSetException refused) {
            return new Validation(RuleSet.BUILT_IN, 0, refused.problems(), List.of());
        }
    }

    /** A loaded rule set checked: it loaded, so it has no error, only warnings. */
    public static Validation validate(RuleSet rules) {
        return new Validation(rules.source(), ruleFiles(rules.files()), List.of(), check(rules));
    }

    /** Every warning about a loaded rule set, in file and line order. */
    public static List<RuleWarning> check(RuleSet rules) {
        ParsedRules parsed = ParsedRules.of(rules.code());
        List<RuleWarning> found = new ArrayList<>(rules.warnings());
        found.addAll(
                CatalogueChecks.check(rules.rules(), parsed, rules.sources(), sourceFolder(rules)));
        found.addAll(ThresholdUse.unread(rules.files(), parsed));
        found.addAll(ConditionChecks.check(rules, parsed));
        found.addAll(RepeatedAdvice.check(parsed));
        found.addAll(DecisionTableChecks.check(rules));
        found.sort(Comparator.comparing(RuleWarning::file).thenComparingInt(RuleWarning::line));
        return List.copyOf(found);
    }

    private static String sourceFolder(RuleSet rules) {
        String folder =
                rules.source().equals(RuleSet.BUILT_IN)
                        ? RuleFiles.BUILT_IN_SHOWN_AS
                        : rules.source();
        return folder + SourceTexts.FOLDER + "/";
    }

    private static int ruleFiles(List<RuleFile> files) {
        return (int)
                files.stream().filter(f -> !f.name().equals(RuleSetLoader.THRESHOLDS_FILE)).count();
    }
}
