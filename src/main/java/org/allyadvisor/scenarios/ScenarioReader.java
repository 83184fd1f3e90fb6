package org.allyadvisor.scenarios;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.allyadvisor.facts.Ally;
import org.allyadvisor.facts.FactSet;
import org.allyadvisor.facts.SupportLevel;
import org.allyadvisor.facts.read.BadFactsException;
import org.allyadvisor.facts.read.FactChanges;
import org.allyadvisor.facts.read.FactProblem;
import org.allyadvisor.facts.read.FactReader;
import org.allyadvisor.facts.read.Node;
import org.allyadvisor.text.EnumNames;

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
    private static final List<String> FILE_KEYS =
            List.of(NAME, "description", FACTS, SUPPORT, ALLY, "cases");
    private static final List<String> CASE_KEYS =
            List.of(NAME, FACTS, SET, SUPPORT, ALLY, EXPECT, EXPECT_ABSENT);

    private final Path file;
    private final String shown;
    private final FactFiles factFiles;
    private final ScenarioText text;
    private final ExpectationReader expectations;

    private ScenarioReader(
            Path file,
            String shown,
            Set<String> ruleIds,
            FactFiles factFiles,
            List<ScenarioProblem> problems) {
        this.file = file;
        this.shown = shown;
        this.factFiles = factFiles;
        this.text = new ScenarioText(shown, problems);
        this.expectations = new ExpectationReader(text, ruleIds);
    }

    /**
     * The scenario file, or null when it cannot be run at all; every problem found is added to
     * {@code problems}, and a file with any problem is never run in part.
     *
     * @param ruleIds the catalogue ids of the rules the scenarios run against
     * @param factFiles the fact files read so far, shared by the files of one run
     */
    static ScenarioFile read(
            Path file,
            String shown,
            Set<String> ruleIds,
            FactFiles factFiles,
            List<ScenarioProblem> problems) {
        return new ScenarioReader(file, shown, ruleIds, factFiles, problems).read();
    }

    private ScenarioFile read() {
        int before = text.problemCount();
        Node root;
        try {
            root = FactReader.yamlTree(file, shown);
        } catch (BadFactsException e) {
            // YAML that does not parse is the scenario's own problem, whatever facts it was to give
            e.problems()
                    .forEach(
                            p ->
                                    text.add(
                                            ScenarioProblem.scenario(
                                                    p.file(),
                                                    p.line(),
                                                    p.column() == null ? 0 : p.column(),
                                                    scenarioWords(p))));
            return null;
        }
        if (!(root instanceof Node.Mapping mapping)) {
            text.at(root, "expected a scenario (name, facts, cases), got " + root.describe());
            return null;
        }
        ScenarioKeys top = ScenarioKeys.of(mapping, FILE_KEYS, "", text);
        String name = required(top, NAME, mapping);
        String description = top.has("description") ? text.text(top.node("description")) : "";
        Defaults defaults =
                new Defaults(
                        top.has(FACTS) ? facts(top.node(FACTS)) : null,
                        top.node(FACTS) != null,
                        support(top.node(SUPPORT)),
                        top.has(ALLY) ? text.text(top.node(ALLY)) : null,
                        top.node(ALLY));
        List<ScenarioCase> cases = new ArrayList<>();
        Map<String, Integer> caseLines = new HashMap<>();
        List<Node> items = ScenarioText.list(top.node("cases"));
        if (!top.has("cases") || items.isEmpty()) {
            text.at(
                    top.has("cases") ? top.node("cases") : mapping,
                    "cases: a scenario needs at least one case");
        }
        for (Node item : items) {
            ScenarioCase read =
                    scenarioCase(item, name == null ? shown : name, defaults, caseLines);
            if (read != null) {
                cases.add(read);
            }
        }
        if (text.problemCount() > before) {
            return null;
        }
        return new ScenarioFile(name, description == null ? "" : description, shown, cases);
    }

    /** A YAML problem in the scenario's words: the parser's "fact file" is a scenario file here. */
    private static String scenarioWords(FactProblem problem) {
        String message = problem.message().replace("fact file", "scenario file");
        return problem.field().isEmpty() ? message : problem.field() + ": " + message;
    }

    /**
     * What the top of a file gives every case.
     *
     * @param facts the facts, empty when they could not be read, null when none are given
     * @param hasFacts whether the file gives facts at all (read or not)
     */
    private record Defaults(
            Optional<FactSet> facts,
            boolean hasFacts,
            Optional<SupportLevel> support,
            String ally,
            Node allyNode) {}

    private ScenarioCase scenarioCase(
            Node item, String scenario, Defaults defaults, Map<String, Integer> caseLines) {
        if (!(item instanceof Node.Mapping mapping)) {
            text.at(item, "expected a case (name, facts, set, expect), got " + item.describe());
            return null;
        }
        int before = text.problemCount();
        ScenarioKeys keys = ScenarioKeys.of(mapping, CASE_KEYS, "", text);
        String name = required(keys, NAME, mapping);
        if (name != null && !name.isEmpty()) {
            Integer first = caseLines.putIfAbsent(name, keys.node(NAME).line());
            if (first != null) {
                text.at(
                        keys.node(NAME),
                        "name: another case is named '"
                                + ScenarioText.shorter(name)
                                + "' (line "
                                + first
                                + "); a report could not tell them apart");
            }
        }
        Optional<FactSet> facts = keys.has(FACTS) ? facts(keys.node(FACTS)) : defaults.facts();
        if (!keys.has(FACTS) && !defaults.hasFacts()) {
            text.at(
                    mapping,
                    "facts: give the case facts: a fact file or folder (facts: facts/sound-allies.yaml), "
                            + "or facts written inline, here or at the top of the file");
        }
        if (facts != null && facts.isPresent() && keys.has(SET)) {
            facts = changed(facts.get(), keys.node(SET));
        }
        Optional<SupportLevel> support =
                keys.has(SUPPORT) ? support(keys.node(SUPPORT)) : defaults.support();
        String ally = null;
        if (facts != null && facts.isPresent()) {
            ally = ally(keys, defaults, facts.get(), mapping);
        }
        List<Expectation> expected = new ArrayList<>();
        expectations.read(keys.node(EXPECT), true, facts, expected);
        expectations.read(keys.node(EXPECT_ABSENT), false, facts, expected);
        if (!keys.has(EXPECT) && !keys.has(EXPECT_ABSENT)) {
            text.at(
                    mapping,
                    "expect: a case needs at least one expectation (expect: or expect absent:)");
        }
        if (text.problemCount() > before || facts == null || facts.isEmpty() || ally == null) {
            return null;
        }
        return new ScenarioCase(
                scenario,
                name,
                shown,
                mapping.line(),
                facts.get(),
                support.orElse(null),
                ally,
                expected);
    }

    /**
     * The facts a {@code facts:} entry gives: a path relative to the scenario file, or facts
     * inline.
     */
    private Optional<FactSet> facts(Node node) {
        if (node instanceof Node.Mapping) {
            try {
                return Optional.of(FactReader.read(node, shown));
            } catch (BadFactsException e) {
                e.problems().forEach(p -> text.add(ScenarioProblem.facts(p)));
                return Optional.empty();
            }
        }
        String path = text.text(node);
        if (path == null || path.isEmpty()) {
            if (path != null) {
                text.at(node, "facts: expected a fact file or folder, or facts inline");
            }
            return Optional.empty();
        }
        Path target = file.resolveSibling(path);
        String shownTarget = sibling(path);
        if (!Files.exists(target)) {
            text.at(
                    node,
                    "facts: no such file or folder '"
                            + path
                            + "' (looked for "
                            + shownTarget
                            + ")");
            return Optional.empty();
        }
        return factFiles.read(target, shownTarget, text);
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
            e.problems().forEach(p -> text.add(ScenarioProblem.facts(p)));
            return Optional.empty();
        }
    }

    private Optional<SupportLevel> support(Node node) {
        if (node == null || node.isMissing()) {
            return Optional.empty();
        }
        String level = text.text(node);
        if (level == null) {
            return Optional.empty();
        }
        String name = level.toUpperCase(Locale.ROOT);
        if (!EnumNames.of(SupportLevel.class).contains(name)) {
            text.at(
                    node,
                    "support: unknown US support level '"
                            + level
                            + "'; allowed: "
                            + String.join(", ", EnumNames.of(SupportLevel.class)));
            return Optional.empty();
        }
        return Optional.of(SupportLevel.valueOf(name));
    }

    /**
     * The ally the case's expectations speak of: its own, the file's, or the only ally of its
     * facts.
     */
    private String ally(ScenarioKeys keys, Defaults defaults, FactSet facts, Node.Mapping mapping) {
        Node node = keys.has(ALLY) ? keys.node(ALLY) : defaults.allyNode();
        String id = keys.has(ALLY) ? text.text(keys.node(ALLY)) : defaults.ally();
        List<String> ids = facts.allies().stream().map(Ally::id).toList();
        if (node == null) {
            if (ids.size() == 1) {
                return ids.get(0);
            }
            text.at(
                    mapping,
                    "ally: say which ally the expectations speak of; the facts have "
                            + String.join(", ", ids));
            return null;
        }
        if (id == null) {
            return null;
        }
        if (!ids.contains(id)) {
            text.at(node, "ally: " + ScenarioText.noSuch("ally", id, ids));
            return null;
        }
        return id;
    }

    private String required(ScenarioKeys keys, String key, Node.Mapping mapping) {
        if (!keys.has(key)) {
            text.at(mapping, key + ": required field is missing");
            return null;
        }
        String value = text.text(keys.node(key));
        if (value != null && value.isEmpty()) {
            text.at(keys.node(key), key + ": required field is empty");
            return null;
        }
        return value;
    }
}
