package org.allyadvisor.rules;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The checks of {@code validate}: everything that can be wrong with a rule set that compiles, as
 * warnings located in the rule files and the thresholds file. They are kept apart from loading,
 * so that an assessment never pays for them:
 * <ul>
 * <li>rule code that calls outside what rules may call ({@link RuleSet#warnings()});</li>
 * <li>metadata: advice without a catalogue id, an id without category or passage, one id on rules
 * that say different things of themselves, a passage or section the source text does not quote,
 * no source text at all ({@link CatalogueChecks});</li>
 * <li>a threshold no rule reads ({@link ThresholdUse});</li>
 * <li>a comparison of text with a number, a condition the thresholds make impossible ({@link ConditionChecks});</li>
 * <li>two rules that emit the same advice under the same conditions ({@link RepeatedAdvice}).</li>
 * </ul>
 * The metadata checks read {@link RuleInfo}s and so hold for rules of any form; the others read
 * the DRL text of the rule files.
 */
public final class RuleSetChecks {

    private RuleSetChecks() {
    }

    /** Compiles the rule folder and checks it: every error if it does not load, else every warning. */
    public static Validation validate(Path folder) {
        String shown = RuleSet.shown(folder);
        int ruleFiles = 0;
        try {
            ruleFiles = ruleFiles(RuleFiles.fromFolder(folder));
            return validate(RuleSet.load(folder));
        } catch (RuleSetException refused) {
            return new Validation(shown, ruleFiles, refused.problems(), List.of());
        }
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
        ParsedRules parsed = ParsedRules.of(rules.files());
        List<RuleWarning> found = new ArrayList<>(rules.warnings());
        found.addAll(CatalogueChecks.check(rules.rules(), parsed, rules.sources(), sourceFolder(rules)));
        found.addAll(ThresholdUse.unread(rules.files(), parsed));
        found.addAll(ConditionChecks.check(rules, parsed));
        found.addAll(RepeatedAdvice.check(parsed));
        found.sort(Comparator.comparing(RuleWarning::file).thenComparingInt(RuleWarning::line));
        return List.copyOf(found);
    }

    private static String sourceFolder(RuleSet rules) {
        String folder = rules.source().equals(RuleSet.BUILT_IN) ? RuleFiles.BUILT_IN_SHOWN_AS : rules.source();
        return folder + SourceTexts.FOLDER + "/";
    }

    private static int ruleFiles(List<RuleFile> files) {
        return (int) files.stream().filter(f -> !f.name().equals(RuleSetLoader.THRESHOLDS_FILE)).count();
    }
}
