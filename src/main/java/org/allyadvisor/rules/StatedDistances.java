package org.allyadvisor.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.allyadvisor.text.NearestName;

/**
 * The distance measures the rule files state ({@code .distance("pointsBelowFloor", ...)} in a
 * consequence), read from their text so that a measure the thresholds file does not weigh is
 * reported at its line before any rule runs, like a misspelt threshold.
 */
final class StatedDistances {

    private static final Pattern STATED = Pattern.compile("\\.distance\\(\\s*\"([^\"]*)\"");

    private final List<Use> uses;

    private StatedDistances(List<Use> uses) {
        this.uses = uses;
    }

    /** Where a rule file states a distance. */
    record Use(String measure, String file, int line, int column) {}

    /**
     * @param files the rule code, as {@link RuleSources#code()} gives it
     */
    static StatedDistances in(List<RuleFile> files) {
        List<Use> uses = new ArrayList<>();
        for (RuleFile file : files) {
            List<String> lines = file.text().lines().toList();
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (line.stripLeading().startsWith("//")) {
                    continue;
                }
                Matcher stated = STATED.matcher(line);
                while (stated.find()) {
                    uses.add(new Use(stated.group(1), file.path(), i + 1, stated.start(1) + 1));
                }
            }
        }
        return new StatedDistances(uses);
    }

    /** The measures stated anywhere, sorted. */
    Set<String> measures() {
        Set<String> measures = new TreeSet<>();
        uses.forEach(use -> measures.add(use.measure()));
        return measures;
    }

    /**
     * Each statement of a measure that is not among {@code weighed} (the keys of
     * scoring.distance.full).
     */
    List<RuleProblem> unweighed(Set<String> weighed) {
        List<RuleProblem> problems = new ArrayList<>();
        for (Use use : uses) {
            if (!weighed.contains(use.measure())) {
                problems.add(
                        new RuleProblem(
                                use.file(),
                                use.line(),
                                use.column(),
                                "distance '"
                                        + use.measure()
                                        + "' has no full distance in scoring.distance.full of "
                                        + RuleSetLoader.THRESHOLDS_FILE
                                        + NearestName.among(use.measure(), weighed)
                                                .map(n -> "; did you mean '" + n + "'?")
                                                .orElse("")));
            }
        }
        return problems;
    }
}
