package org.allyadvisor.rules;

import com.fasterxml.jackson.core.JsonLocation;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.allyadvisor.policy.ReadsThresholds;
import org.allyadvisor.policy.Thresholds;

/**
 * Which thresholds the rules read, and the ones none reads. Rules read a section of {@code
 * thresholds.yaml} through its policy fact: {@code $budget : BudgetPolicy()} and then {@code
 * $budget.floorPctGdp} in a condition or {@code $budget.floorPctGdp()} in a consequence, a
 * constraint on the pattern itself ({@code BudgetPolicy( floorPctGdp > 2 )}), a function parameter
 * of a policy type, or a policy method whose {@link ReadsThresholds} names what it reads. Only the
 * sections the rules read are judged ({@link Thresholds#RULE_SECTIONS}): {@code scoring}, {@code
 * engine} and {@code supportLevels} are read by the engine.
 *
 * <p>A rule that reads a threshold the file lacks never gets this far: the thresholds file must
 * give every threshold of its sections, and a rule naming one that no section has does not compile.
 */
final class ThresholdUse {

    private static final Pattern BINDING =
            Pattern.compile("(\\$?[A-Za-z_]\\w*)\\s*:\\s*([A-Za-z_]\\w*)\\s*\\(");
    private static final Pattern MEMBER =
            Pattern.compile("(\\$?[A-Za-z_]\\w*)\\s*\\.\\s*([A-Za-z_]\\w*)");
    private static final Pattern LINE_COMMENT = Pattern.compile("(?m)^\\s*//.*$");
    private static final Pattern BLOCK_COMMENT = Pattern.compile("(?s)/\\*.*?\\*/");

    /** The policy record of each section the rules read, by the record's simple name. */
    private final Map<String, Section> sections = new LinkedHashMap<>();

    private record Section(String name, Class<?> type) {}

    private ThresholdUse() {
        for (RecordComponent component : Thresholds.class.getRecordComponents()) {
            if (Thresholds.RULE_SECTIONS.contains(component.getName())) {
                sections.put(
                        component.getType().getSimpleName(),
                        new Section(component.getName(), component.getType()));
            }
        }
    }

    /** Every threshold of the rules' sections, as {@code section.name}, in file order. */
    static Set<String> all() {
        Set<String> all = new java.util.LinkedHashSet<>();
        for (Section section : new ThresholdUse().sections.values()) {
            for (RecordComponent component : section.type().getRecordComponents()) {
                all.add(section.name() + "." + component.getName());
            }
        }
        return all;
    }

    /** The thresholds ({@code section.name}) the rule files read. */
    static Set<String> read(List<RuleFile> files, ParsedRules parsed) {
        return readers(files, parsed).keySet();
    }

    /**
     * Where the rule files read each threshold ({@code section.name}): {@code file:line}, in file
     * and line order.
     */
    static Map<String, Set<String>> readers(List<RuleFile> files, ParsedRules parsed) {
        ThresholdUse use = new ThresholdUse();
        Map<String, Set<String>> read = new TreeMap<>();
        // every rule file, whatever its form: a DSL's phrases or a decision table's cells read
        // thresholds the same way
        for (RuleFile file :
                files.stream()
                        .filter(f -> !f.name().equals(RuleSetLoader.THRESHOLDS_FILE))
                        .toList()) {
            String text = blanked(BLOCK_COMMENT, blanked(LINE_COMMENT, file.text()));
            Map<String, Set<Section>> bound = new HashMap<>();
            Matcher binding = BINDING.matcher(text);
            while (binding.find()) {
                Section section = use.sections.get(binding.group(2));
                if (section != null) {
                    bound.computeIfAbsent(binding.group(1), b -> new HashSet<>()).add(section);
                }
            }
            for (ParsedRules.Function function : parsed.functions()) {
                if (function.file().equals(file.path())) {
                    function.parameters()
                            .forEach(
                                    (name, type) -> {
                                        Section section =
                                                use.sections.get(
                                                        type.substring(type.lastIndexOf('.') + 1));
                                        if (section != null) {
                                            bound.computeIfAbsent(name, b -> new HashSet<>())
                                                    .add(section);
                                        }
                                    });
                }
            }
            Matcher member = MEMBER.matcher(text);
            while (member.find()) {
                for (Section section : bound.getOrDefault(member.group(1), Set.of())) {
                    use.reads(section, member.group(2), at(file, text, member.start()), read);
                }
            }
            for (Section section : use.sections.values()) {
                Matcher constrained =
                        Pattern.compile(
                                        "\\b"
                                                + section.type().getSimpleName()
                                                + "\\s*\\(([^()]*)\\)")
                                .matcher(text);
                while (constrained.find()) {
                    Matcher word = Pattern.compile("[A-Za-z_]\\w*").matcher(constrained.group(1));
                    while (word.find()) {
                        use.reads(section, word.group(), at(file, text, constrained.start()), read);
                    }
                }
            }
        }
        return read;
    }

    /**
     * The text with what {@code comments} matches blanked out, line breaks kept, so that lines
     * still count.
     */
    private static String blanked(Pattern comments, String text) {
        Matcher comment = comments.matcher(text);
        StringBuilder kept = new StringBuilder();
        while (comment.find()) {
            comment.appendReplacement(
                    kept, Matcher.quoteReplacement(comment.group().replaceAll("[^\\n]", " ")));
        }
        return comment.appendTail(kept).toString();
    }

    private static String at(RuleFile file, String text, int offset) {
        return file.path()
                + ":"
                + (text.substring(0, offset).chars().filter(c -> c == '\n').count() + 1);
    }

    private void reads(
            Section section, String member, String where, Map<String, Set<String>> read) {
        for (RecordComponent component : section.type().getRecordComponents()) {
            if (component.getName().equals(member)) {
                read.computeIfAbsent(
                                section.name() + "." + member, t -> new java.util.LinkedHashSet<>())
                        .add(where);
                return;
            }
        }
        for (Method method : section.type().getMethods()) {
            ReadsThresholds reads = method.getAnnotation(ReadsThresholds.class);
            if (method.getName().equals(member) && reads != null) {
                for (String name : reads.value()) {
                    read.computeIfAbsent(
                                    section.name() + "." + name,
                                    t -> new java.util.LinkedHashSet<>())
                            .add(where);
                }
            }
        }
    }

    /** A warning at each threshold of the rules' sections that no rule reads. */
    static List<RuleWarning> unread(List<RuleFile> files, ParsedRules parsed) {
        RuleFile thresholds =
                files.stream()
                        .filter(f -> f.name().equals(RuleSetLoader.THRESHOLDS_FILE))
                        .findFirst()
                        .orElse(null);
        if (thresholds == null) {
            return List.of();
        }
        Set<String> read = read(files, parsed);
        YamlLocations locations;
        try {
            locations = YamlLocations.index(thresholds.text());
        } catch (IOException e) {
            locations =
                    null; // it was read once already; without an index the warning names no line
        }
        List<RuleWarning> found = new ArrayList<>();
        for (String threshold : all()) {
            if (!read.contains(threshold)) {
                JsonLocation at = locations == null ? null : locations.of(threshold);
                found.add(
                        new RuleWarning(
                                thresholds.path(),
                                at == null ? 0 : at.getLineNr(),
                                threshold
                                        + ": no rule reads this threshold; changing it changes nothing (left over from a rule taken out?)"));
            }
        }
        return found;
    }
}
