package org.allyadvisor.rules;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The conditions of each rule as written (from {@code rule "..."} to {@code then}), so that a
 * condition Drools reports only by its text when it fails can be traced to its rule.
 */
final class RuleConditions {

    private static final Pattern THEN = Pattern.compile("^\\s*then\\b.*");
    private static final Pattern ONE_LINE =
            Pattern.compile("^\\s*rule\\s.*?\\swhen\\s(.*?)\\sthen\\s.*\\send\\s*$");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private final List<RuleInfo> rules;
    private final Map<String, String> byName;
    private final Map<String, String> written;

    private RuleConditions(
            List<RuleInfo> rules, Map<String, String> byName, Map<String, String> written) {
        this.rules = rules;
        this.byName = byName;
        this.written = written;
    }

    static RuleConditions of(List<RuleInfo> rules, List<RuleFile> files) {
        Map<String, List<String>> lines =
                files.stream()
                        .collect(
                                Collectors.toMap(
                                        RuleFile::path,
                                        f -> f.text().lines().toList(),
                                        (a, b) -> a));
        Map<String, String> byName = new HashMap<>();
        Map<String, String> written = new HashMap<>();
        for (RuleInfo rule : rules) {
            List<String> file = lines.get(rule.file());
            if (file == null || rule.line() < 1) {
                continue;
            }
            Matcher oneLine = ONE_LINE.matcher(file.get(Math.min(rule.line(), file.size()) - 1));
            if (oneLine.find()) { // a decision-table row, which Drools' DRL gives on one line (see
                // DecisionTables)
                byName.put(rule.name(), unspaced(oneLine.group(1)));
                continue;
            }
            StringBuilder conditions = new StringBuilder();
            for (int i = rule.line();
                    i < file.size() && !THEN.matcher(file.get(i)).matches();
                    i++) {
                conditions.append(file.get(i)).append('\n');
            }
            byName.put(rule.name(), unspaced(conditions.toString()));
            written.put(rule.name(), SPACE.matcher(conditions.toString()).replaceAll(" ").strip());
        }
        return new RuleConditions(List.copyOf(rules), Map.copyOf(byName), Map.copyOf(written));
    }

    /**
     * The first rule, in file and line order, whose conditions contain {@code text}, spaces aside.
     */
    Optional<RuleInfo> containing(String text) {
        String wanted = unspaced(text);
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        return rules.stream()
                .filter(r -> byName.getOrDefault(r.name(), "").contains(wanted))
                .findFirst();
    }

    /**
     * The rule's conditions as written, each run of spaces and line breaks one space; empty when
     * unknown.
     */
    String of(String ruleName) {
        return written.getOrDefault(ruleName, "");
    }

    private static String unspaced(String text) {
        return SPACE.matcher(text).replaceAll("");
    }
}
