package org.allyadvisor.scenarios;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.allyadvisor.advice.Priority;
import org.allyadvisor.advice.RiskKind;
import org.allyadvisor.facts.Ally;
import org.allyadvisor.facts.Capability;
import org.allyadvisor.facts.FactSet;
import org.allyadvisor.facts.SupportLevel;
import org.allyadvisor.facts.read.BadFactsException;
import org.allyadvisor.facts.read.FactChanges;
import org.allyadvisor.facts.read.FactProblem;
import org.allyadvisor.facts.read.FactReader;
import org.allyadvisor.facts.read.Node;
import org.allyadvisor.text.EnumNames;
import org.allyadvisor.text.NearestName;

/**
 * Reads one scenario file into its cases, checking every word of it: keys, rule ids, priorities,
 * allies, and the facts it gives (through the fact readers, with their messages). Problems are
 * collected, so that one run reports all of them.
 */
final class ScenarioReader {

    static final String NAME = "name";
    static final String FACTS = "facts";
    static final String SUPPORT = "support";
    static final String ALLY = "ally";
    static final String SET = "set";
    static final String EXPECT = "expect";
    static final String EXPECT_ABSENT = "expect absent";
    private static final List<String> FILE_KEYS = List.of(NAME, "description", FACTS, SUPPORT, ALLY, "cases");
    private static final List<String> CASE_KEYS = List.of(NAME, FACTS, SET, SUPPORT, ALLY, EXPECT, EXPECT_ABSENT);
    private static final List<String> EXPECT_KEYS = List.of("actions", "risks", "coalitions");
    private static final List<String> ACTION_KEYS = List.of("rule", "key", "priority");
    private static final List<String> RISK_KEYS = List.of("rule", "kind", "severity");
    private static final List<String> COALITION_KEYS = List.of("rule", "with", "capability");
    private static final List<String> CAPABILITIES = Arrays.stream(Capability.values()).map(Capability::field).toList();

    private final Path file;
    private final String shown;
    private final Set<String> ruleIds;
    private final FactFiles factFiles;
    private final List<ScenarioProblem> problems;

    private ScenarioReader(Path file, String shown, Set<String> ruleIds, FactFiles factFiles,
                           List<ScenarioProblem> problems) {
        this.file = file;
        this.shown = shown;
        this.ruleIds = ruleIds;
        this.factFiles = factFiles;
        this.problems = problems;
    }

    /**
     * The scenario file, or null when it cannot be run at all; every problem found is added to
     * {@code problems}, and a file with any problem is never run in part.
     *
     * @param ruleIds   the catalogue ids of the rules the scenarios run against
     * @param factFiles the fact files read so far, shared by the files of one run
     */
    static ScenarioFile read(Path file, String shown, Set<String> ruleIds, FactFiles factFiles,
                             List<ScenarioProblem> problems) {
        return new ScenarioReader(file, shown, ruleIds, factFiles, problems).read();
    }

    private ScenarioFile read() {
        int before = problems.size();
        Node root;
        try {
            root = FactReader.yamlTree(file, shown);
        } catch (BadFactsException e) {
            // YAML that does not parse is the scenario's own problem, whatever facts it was to give
            e.problems().forEach(p -> problems.add(ScenarioProblem.scenario(p.file(), p.line(),
                    p.column() == null ? 0 : p.column(), scenarioWords(p))));
            return null;
        }
        if (!(root instanceof Node.Mapping mapping)) {
            at(root, "expected a scenario (name, facts, cases), got " + root.describe());
            return null;
        }
        Keys top = Keys.of(mapping, FILE_KEYS, "", this::at);
        String name = required(top, NAME, mapping);
        String description = top.has("description") ? text(top.node("description")) : "";
        Defaults defaults = new Defaults(top.has(FACTS) ? facts(top.node(FACTS)) : null, top.node(FACTS) != null,
                support(top.node(SUPPORT)), top.has(ALLY) ? text(top.node(ALLY)) : null, top.node(ALLY));
        List<ScenarioCase> cases = new ArrayList<>();
        Map<String, Integer> caseLines = new java.util.HashMap<>();
        List<Node> items = list(top.node("cases"));
        if (!top.has("cases") || items.isEmpty()) {
            at(top.has("cases") ? top.node("cases") : mapping, "cases: a scenario needs at least one case");
        }
        for (Node item : items) {
            ScenarioCase read = scenarioCase(item, name == null ? shown : name, defaults, caseLines);
            if (read != null) {
                cases.add(read);
            }
        }
        return problems.size() > before ? null : new ScenarioFile(name, description == null ? "" : description, shown, cases);
    }

    /** A YAML problem in the scenario's words: the parser's "fact file" is a scenario file here. */
    private static String scenarioWords(FactProblem problem) {
        String message = problem.message().replace("fact file", "scenario file");
        return problem.field().isEmpty() ? message : problem.field() + ": " + message;
    }

    /**
     * What the top of a file gives every case.
     *
     * @param facts    the facts, empty when they could not be read, null when none are given
     * @param hasFacts whether the file gives facts at all (read or not)
     */
    private record Defaults(Optional<FactSet> facts, boolean hasFacts, Optional<SupportLevel> support, String ally,
                            Node allyNode) {
    }

    private ScenarioCase scenarioCase(Node item, String scenario, Defaults defaults, Map<String, Integer> caseLines) {
        if (!(item instanceof Node.Mapping mapping)) {
            at(item, "expected a case (name, facts, set, expect), got " + item.describe());
            return null;
        }
        int before = problems.size();
        Keys keys = Keys.of(mapping, CASE_KEYS, "", this::at);
        String name = required(keys, NAME, mapping);
        if (name != null && !name.isEmpty()) {
            Integer first = caseLines.putIfAbsent(name, keys.node(NAME).line());
            if (first != null) {
                at(keys.node(NAME), "name: another case is named '" + shorter(name) + "' (line " + first
                        + "); a report could not tell them apart");
            }
        }
        Optional<FactSet> facts = keys.has(FACTS) ? facts(keys.node(FACTS)) : defaults.facts();
        if (!keys.has(FACTS) && !defaults.hasFacts()) {
            at(mapping, "facts: give the case facts: a fact file or folder (facts: facts/sound-allies.yaml), "
                    + "or facts written inline, here or at the top of the file");
        }
        if (facts != null && facts.isPresent() && keys.has(SET)) {
            facts = changed(facts.get(), keys.node(SET));
        }
        Optional<SupportLevel> support = keys.has(SUPPORT) ? support(keys.node(SUPPORT)) : defaults.support();
        String ally = null;
        if (facts != null && facts.isPresent()) {
            ally = ally(keys, defaults, facts.get(), mapping);
        }
        List<Expectation> expectations = new ArrayList<>();
        expectations(keys.node(EXPECT), true, facts, expectations);
        expectations(keys.node(EXPECT_ABSENT), false, facts, expectations);
        if (!keys.has(EXPECT) && !keys.has(EXPECT_ABSENT)) {
            at(mapping, "expect: a case needs at least one expectation (expect: or expect absent:)");
        }
        if (problems.size() > before || facts == null || facts.isEmpty() || ally == null) {
            return null;
        }
        return new ScenarioCase(scenario, name, shown, mapping.line(), facts.get(), support.orElse(null), ally,
                expectations);
    }

    /** The facts a {@code facts:} entry gives: a path relative to the scenario file, or facts inline. */
    private Optional<FactSet> facts(Node node) {
        if (node instanceof Node.Mapping) {
            try {
                return Optional.of(FactReader.read(node, shown));
            } catch (BadFactsException e) {
                e.problems().forEach(p -> problems.add(ScenarioProblem.facts(p)));
                return Optional.empty();
            }
        }
        String path = text(node);
        if (path == null || path.isEmpty()) {
            if (path != null) {
                at(node, "facts: expected a fact file or folder, or facts inline");
            }
            return Optional.empty();
        }
        Path target = file.resolveSibling(path);
        String shownTarget = sibling(path);
        if (!Files.exists(target)) {
            at(node, "facts: no such file or folder '" + path + "' (looked for " + shownTarget + ")");
            return Optional.empty();
        }
        return factFiles.read(target, shownTarget, problems);
    }

    /** A path relative to the scenario file, as users would name it. */
    private String sibling(String path) {
        int slash = shown.lastIndexOf('/');
        String joined = slash < 0 ? path : shown.substring(0, slash + 1) + path;
        return Path.of(joined).normalize().toString();
    }

    private Optional<FactSet> changed(FactSet facts, Node changes) {
        try {
            return Optional.of(FactChanges.apply(facts, changes, shown));
        } catch (BadFactsException e) {
            e.problems().forEach(p -> problems.add(ScenarioProblem.facts(p)));
            return Optional.empty();
        }
    }

    private Optional<SupportLevel> support(Node node) {
        if (node == null || node.isMissing()) {
            return Optional.empty();
        }
        String level = text(node);
        if (level == null) {
            return Optional.empty();
        }
        String name = level.toUpperCase(Locale.ROOT);
        if (!EnumNames.of(SupportLevel.class).contains(name)) {
            at(node, "support: unknown US support level '" + level + "'; allowed: "
                    + String.join(", ", EnumNames.of(SupportLevel.class)));
            return Optional.empty();
        }
        return Optional.of(SupportLevel.valueOf(name));
    }

    /** The ally the case's expectations speak of: its own, the file's, or the only ally of its facts. */
    private String ally(Keys keys, Defaults defaults, FactSet facts, Node.Mapping mapping) {
        Node node = keys.has(ALLY) ? keys.node(ALLY) : defaults.allyNode();
        String id = keys.has(ALLY) ? text(keys.node(ALLY)) : defaults.ally();
        List<String> ids = facts.allies().stream().map(Ally::id).toList();
        if (node == null) {
            if (ids.size() == 1) {
                return ids.get(0);
            }
            at(mapping, "ally: say which ally the expectations speak of; the facts have " + String.join(", ", ids));
            return null;
        }
        if (id == null) {
            return null;
        }
        if (!ids.contains(id)) {
            at(node, "ally: " + noSuch("ally", id, ids));
            return null;
        }
        return id;
    }

    private void expectations(Node node, boolean present, Optional<FactSet> facts, List<Expectation> into) {
        if (node == null) {
            return;
        }
        String label = present ? EXPECT : EXPECT_ABSENT;
        if (!(node instanceof Node.Mapping mapping)) {
            at(node, label + ": expected actions:, risks: or coalitions:, got " + node.describe());
            return;
        }
        Keys keys = Keys.of(mapping, EXPECT_KEYS, label, this::at);
        for (Node item : list(keys.node("actions"))) {
            Expectation read = action(item, present);
            if (read != null) {
                into.add(read);
            }
        }
        for (Node item : list(keys.node("risks"))) {
            Expectation read = risk(item, present);
            if (read != null) {
                into.add(read);
            }
        }
        for (Node item : list(keys.node("coalitions"))) {
            Expectation read = coalition(item, present, facts);
            if (read != null) {
                into.add(read);
            }
        }
    }

    /** An action: {@code BUD-1}, or {@code {rule: BUD-1, key: raise-to-floor, priority: HIGH}}. */
    private Expectation action(Node item, boolean present) {
        if (item instanceof Node.Scalar) {
            String rule = rule(item);
            return rule == null ? null : new Expectation.OfAction(present, rule, null, null, item.line());
        }
        Keys keys = item(item, ACTION_KEYS, "an action (BUD-1, or rule:, key:, priority:)");
        if (keys == null) {
            return null;
        }
        String rule = keys.has("rule") ? rule(keys.node("rule")) : null;
        String key = keys.has("key") ? text(keys.node("key")) : null;
        Priority priority = keys.has("priority") ? constant(Priority.class, keys.node("priority"), "priority") : null;
        if (!keys.has("rule") && !keys.has("key")) {
            at(item, "an action is named by its rule: or its key: (or both)");
            return null;
        }
        return new Expectation.OfAction(present, rule, key, priority, item.line());
    }

    /** A risk: {@code RISK-1} or {@code STRETCHED_CAPACITY}, or {@code {rule:, kind:, severity:}}. */
    private Expectation risk(Node item, boolean present) {
        if (item instanceof Node.Scalar scalar) {
            String word = text(scalar);
            if (word != null && EnumNames.of(RiskKind.class).contains(word.toUpperCase(Locale.ROOT))) {
                return new Expectation.OfRisk(present, null, RiskKind.valueOf(word.toUpperCase(Locale.ROOT)), null,
                        item.line());
            }
            String rule = rule(item);
            return rule == null ? null : new Expectation.OfRisk(present, rule, null, null, item.line());
        }
        Keys keys = item(item, RISK_KEYS, "a risk (RISK-1, STRETCHED_CAPACITY, or rule:, kind:, severity:)");
        if (keys == null) {
            return null;
        }
        String rule = keys.has("rule") ? rule(keys.node("rule")) : null;
        RiskKind kind = keys.has("kind") ? constant(RiskKind.class, keys.node("kind"), "kind") : null;
        Priority severity = keys.has("severity") ? constant(Priority.class, keys.node("severity"), "severity") : null;
        if (!keys.has("rule") && !keys.has("kind")) {
            at(item, "a risk is named by its rule: or its kind: (or both)");
            return null;
        }
        return new Expectation.OfRisk(present, rule, kind, severity, item.line());
    }

    /** A coalition: {@code REG-2}, or {@code {rule: REG-2, with: BBB, capability: missileDefense}}. */
    private Expectation coalition(Node item, boolean present, Optional<FactSet> facts) {
        if (item instanceof Node.Scalar) {
            String rule = rule(item);
            return rule == null ? null : new Expectation.OfCoalition(present, rule, null, null, item.line());
        }
        Keys keys = item(item, COALITION_KEYS, "a coalition (REG-2, or rule:, with:, capability:)");
        if (keys == null) {
            return null;
        }
        String rule = keys.has("rule") ? rule(keys.node("rule")) : null;
        String partner = keys.has("with") ? text(keys.node("with")) : null;
        if (partner != null && facts != null && facts.isPresent()) {
            List<String> ids = facts.get().allies().stream().map(Ally::id).toList();
            if (!ids.contains(partner)) {
                at(keys.node("with"), "with: " + noSuch("ally", partner, ids));
                return null;
            }
        }
        String capability = keys.has("capability") ? text(keys.node("capability")) : null;
        if (capability != null && !CAPABILITIES.contains(capability)) {
            at(keys.node("capability"), "capability: " + noSuch("capability", capability, CAPABILITIES));
            return null;
        }
        return new Expectation.OfCoalition(present, rule, partner, capability, item.line());
    }

    private Keys item(Node item, List<String> known, String expected) {
        if (!(item instanceof Node.Mapping mapping)) {
            at(item, "expected " + expected + ", got " + item.describe());
            return null;
        }
        return Keys.of(mapping, known, "", this::at);
    }

    /** A catalogue id of the rules the scenarios run against. */
    private String rule(Node node) {
        String id = text(node);
        if (id == null) {
            return null;
        }
        if (!ruleIds.contains(id)) {
            at(node, "unknown rule '" + shorter(id) + "'" + NearestName.among(id, ruleIds)
                    .map(best -> "; did you mean '" + best + "'?")
                    .orElse("; the rules' catalogue ids are " + String.join(", ", ruleIds)));
            return null;
        }
        return id;
    }

    private <E extends Enum<E>> E constant(Class<E> type, Node node, String label) {
        String word = text(node);
        if (word == null) {
            return null;
        }
        String name = word.toUpperCase(Locale.ROOT);
        if (!EnumNames.of(type).contains(name)) {
            at(node, label + ": unknown value '" + shorter(word) + "'; allowed: " + String.join(", ", EnumNames.of(type)));
            return null;
        }
        return Enum.valueOf(type, name);
    }

    private String required(Keys keys, String key, Node.Mapping mapping) {
        if (!keys.has(key)) {
            at(mapping, key + ": required field is missing");
            return null;
        }
        String text = text(keys.node(key));
        if (text != null && text.isEmpty()) {
            at(keys.node(key), key + ": required field is empty");
            return null;
        }
        return text;
    }

    /** A scalar's text, or null (reported) when the node is a list or a section. */
    private String text(Node node) {
        if (node instanceof Node.Scalar scalar) {
            return scalar.isMissing() ? "" : scalar.text().strip();
        }
        at(node, "expected text, got " + node.describe());
        return null;
    }

    /** The items under a key: a list, or one item written without the list around it. */
    private static List<Node> list(Node node) {
        if (node == null || node.isMissing()) {
            return List.of();
        }
        return node instanceof Node.Sequence sequence ? sequence.items() : List.of(node);
    }

    private static String noSuch(String what, String name, List<String> known) {
        return "no " + what + " '" + shorter(name) + "'" + NearestName.among(name, known)
                .map(best -> "; did you mean '" + best + "'?")
                .orElse("; known: " + String.join(", ", known));
    }

    private static String shorter(String text) {
        return text.length() > 40 ? text.substring(0, 37) + "..." : text;
    }

    private void at(Node node, String message) {
        at(node.line(), node.column(), message);
    }

    private void at(int line, int column, String message) {
        problems.add(ScenarioProblem.scenario(shown, line, column, message));
    }

    /** The known entries of a mapping by key; unknown keys reported with the nearest known one. */
    record Keys(Map<String, Node.Entry> entries) {

        @FunctionalInterface
        interface Report {
            void at(int line, int column, String message);
        }

        static Keys of(Node.Mapping mapping, List<String> known, String label, Report report) {
            Map<String, Node.Entry> entries = new java.util.LinkedHashMap<>();
            for (Node.Entry entry : mapping.entries()) {
                String path = label.isEmpty() ? entry.key() : label + "." + entry.key();
                if (!known.contains(entry.key())) {
                    report.at(entry.line(), entry.column(), path + ": unknown key '" + shorter(entry.key()) + "'"
                            + NearestName.among(entry.key(), known).map(best -> "; did you mean '" + best + "'?")
                            .orElse("; known: " + String.join(", ", known)));
                } else if (entries.containsKey(entry.key())) {
                    report.at(entry.line(), entry.column(), path + ": duplicate key '" + entry.key() + "'");
                } else {
                    entries.put(entry.key(), entry);
                }
            }
            return new Keys(entries);
        }

        boolean has(String key) {
            return entries.containsKey(key);
        }

        Node node(String key) {
            Node.Entry entry = entries.get(key);
            return entry == null ? null : entry.value();
        }
    }
}
