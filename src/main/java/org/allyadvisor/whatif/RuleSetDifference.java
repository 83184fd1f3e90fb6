package org.allyadvisor.whatif;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.allyadvisor.rules.RuleInfo;
import org.allyadvisor.rules.RuleSet;

/**
 * How two rule sets differ: the catalogue rules added, removed or changed, and every threshold
 * whose value differs.
 *
 * @param rules by catalogue id
 * @param thresholds in the baseline file's order, then the paths only the variant has
 */
public record RuleSetDifference(
        String before, String after, List<RuleChange> rules, List<ThresholdChange> thresholds) {

    public RuleSetDifference {
        rules = List.copyOf(rules);
        thresholds = List.copyOf(thresholds);
    }

    /**
     * One catalogue id that differs.
     *
     * @param what for a changed rule, each thing that changed ({@code passage}, {@code conditions},
     *     {@code budget.drl:12 → budget.drl:14}); empty for one added or removed
     */
    public record RuleChange(String id, ActionChange.Change change, List<String> what) {

        public RuleChange {
            what = List.copyOf(what);
        }

        @Override
        public String toString() {
            return switch (change) {
                case GAINED -> id + " added";
                case LOST -> id + " removed";
                case CHANGED -> id + " changed: " + String.join(", ", what);
            };
        }
    }

    /**
     * One threshold that differs; {@code before} or {@code after} null where that file does not
     * have it.
     */
    public record ThresholdChange(String path, String before, String after) {

        @Override
        public String toString() {
            return path
                    + ": "
                    + (before == null ? "(none)" : before)
                    + " → "
                    + (after == null ? "(none)" : after);
        }
    }

    public static RuleSetDifference of(RuleSet before, RuleSet after) {
        return new RuleSetDifference(
                before.source(), after.source(), rules(before, after), thresholds(before, after));
    }

    public boolean isEmpty() {
        return rules.isEmpty() && thresholds.isEmpty();
    }

    private static List<RuleChange> rules(RuleSet before, RuleSet after) {
        Map<String, List<RuleInfo>> was = before.catalogueById();
        Map<String, List<RuleInfo>> now = after.catalogueById();
        Set<String> ids = new TreeSet<>(was.keySet());
        ids.addAll(now.keySet());
        List<RuleChange> changes = new ArrayList<>();
        for (String id : ids) {
            if (!now.containsKey(id)) {
                changes.add(new RuleChange(id, ActionChange.Change.LOST, List.of()));
            } else if (!was.containsKey(id)) {
                changes.add(new RuleChange(id, ActionChange.Change.GAINED, List.of()));
            } else {
                List<String> what = differences(was.get(id), before, now.get(id), after);
                if (!what.isEmpty()) {
                    changes.add(new RuleChange(id, ActionChange.Change.CHANGED, what));
                }
            }
        }
        return changes;
    }

    /** What differs between the rules written under one id in each set, compared in file order. */
    private static List<String> differences(
            List<RuleInfo> was, RuleSet before, List<RuleInfo> now, RuleSet after) {
        Set<String> what = new LinkedHashSet<>();
        if (was.size() != now.size()) {
            what.add(was.size() + " rules → " + now.size());
        }
        for (int i = 0; i < Math.min(was.size(), now.size()); i++) {
            RuleInfo then = was.get(i);
            RuleInfo rule = now.get(i);
            if (!then.name().equals(rule.name())) {
                what.add("name");
            }
            if (!then.category().equals(rule.category()) || !then.risk().equals(rule.risk())) {
                what.add("category");
            }
            if (!then.recommendation().equals(rule.recommendation())
                    || !then.section().equals(rule.section())) {
                what.add("recommendation");
            }
            if (!then.passage().equals(rule.passage())) {
                what.add("passage");
            }
            if (!then.requires().equals(rule.requires())) {
                what.add("requires");
            }
            if (!before.conditionText(then.name()).equals(after.conditionText(rule.name()))) {
                what.add("conditions");
            }
            String from = where(then);
            String to = where(rule);
            if (!from.equals(to)) {
                what.add(from + " → " + to);
            }
        }
        return List.copyOf(what);
    }

    /**
     * The file within its rule folder and the line: the same rule in two folders is at the same
     * place.
     */
    private static String where(RuleInfo rule) {
        Path file = Path.of(rule.file()).getFileName();
        return (file == null ? rule.file() : file.toString()) + ":" + rule.line();
    }

    private static List<ThresholdChange> thresholds(RuleSet before, RuleSet after) {
        Map<String, String> was = before.thresholdValues();
        Map<String, String> now = after.thresholdValues();
        List<ThresholdChange> changes = new ArrayList<>();
        was.forEach(
                (path, value) -> {
                    if (!Objects.equals(value, now.get(path))) {
                        changes.add(new ThresholdChange(path, value, now.get(path)));
                    }
                });
        now.forEach(
                (path, value) -> {
                    if (!was.containsKey(path)) {
                        changes.add(new ThresholdChange(path, null, value));
                    }
                });
        return changes;
    }
}
