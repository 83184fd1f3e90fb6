package org.allyadvisor.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two rules that emit the same advice (the same action key, risk kind or coalition) under the same
 * conditions: whichever fires, the ally gets one merged action, so one of the two is redundant, or,
 * when they ask for different priorities, they contradict each other. Conditions are the same when
 * they are written the same, spaces and binding names aside ({@link
 * ParsedRules.Parsed#signature()}).
 */
final class RepeatedAdvice {

    private static final Pattern ACTION =
            Pattern.compile(
                    "\\bAdvice\\s*\\.\\s*action\\s*\\(\\s*drools\\s*,[^,]+,\\s*\"([^\"]+)\"\\s*,\\s*([\\w.]+)");
    private static final Pattern RISK =
            Pattern.compile(
                    "\\bAdvice\\s*\\.\\s*risk\\s*\\(\\s*drools\\s*,[^,]+,\\s*(?:[\\w.]*\\.)?([A-Z_]+)\\s*,\\s*([\\w.]+)");
    private static final Pattern COALITION =
            Pattern.compile("\\bAdvice\\s*\\.\\s*coalition\\s*\\(");

    private RepeatedAdvice() {}

    private record Emits(String what, String severity) {}

    static List<RuleWarning> check(ParsedRules parsed) {
        Map<String, ParsedRules.Parsed> first = new LinkedHashMap<>();
        Map<String, Emits> firstEmits = new LinkedHashMap<>();
        List<RuleWarning> found = new ArrayList<>();
        for (ParsedRules.Parsed rule : parsed.rules()) {
            Optional<Emits> emits = emits(rule.consequence());
            if (emits.isEmpty() || rule.signature().isEmpty()) {
                continue;
            }
            String key = emits.get().what() + "\n" + rule.signature();
            ParsedRules.Parsed earlier = first.putIfAbsent(key, rule);
            if (earlier == null) {
                firstEmits.put(key, emits.get());
                continue;
            }
            String severities =
                    emits.get().severity().equals(firstEmits.get(key).severity())
                            ? "; one of them is redundant"
                            : ", but asks for "
                                    + emits.get().severity()
                                    + " where that one asks for "
                                    + firstEmits.get(key).severity()
                                    + ": they contradict each other";
            found.add(
                    new RuleWarning(
                            rule.file(),
                            rule.line(),
                            "rule \""
                                    + rule.name()
                                    + "\" emits "
                                    + emits.get().what()
                                    + " under the same conditions as rule \""
                                    + earlier.name()
                                    + "\" ("
                                    + earlier.file()
                                    + ":"
                                    + earlier.line()
                                    + ")"
                                    + severities));
        }
        return found;
    }

    private static Optional<Emits> emits(String consequence) {
        Matcher action = ACTION.matcher(consequence);
        if (action.find()) {
            return Optional.of(
                    new Emits("action '" + action.group(1) + "'", shortName(action.group(2))));
        }
        Matcher risk = RISK.matcher(consequence);
        if (risk.find()) {
            return Optional.of(new Emits("risk " + risk.group(1), shortName(risk.group(2))));
        }
        return COALITION.matcher(consequence).find()
                ? Optional.of(new Emits("a coalition", ""))
                : Optional.empty();
    }

    private static String shortName(String written) {
        return written.substring(written.lastIndexOf('.') + 1);
    }
}
