package org.allyadvisor.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.AndDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ExistsDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.NotDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.ast.descr.TypeDeclarationDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;
import org.kie.internal.builder.conf.LanguageLevelOption;

/**
 * Writes the diagnostic queries of a rule set from each rule's conditions as the rule file states
 * them (the parser's descriptors: patterns, their constraints, {@code not}, {@code from}, {@code
 * accumulate}). For a rule with conditions E1..En it writes, for every condition Ei and every count
 * j of Ei's tests, a query of E1..E(i-1) followed by Ei with its first j tests: run after the rules
 * have fired, the first of these with no match names the condition, and the test within it, that
 * keeps the rule from firing. Nothing is written per rule by hand, so the queries follow a rule
 * whenever its file is edited.
 */
final class ProbeWriter {

    /**
     * A constraint that only binds a name ({@code $id : id}); {@code :=} unifies and can fail, so
     * it is a test.
     */
    private static final Pattern BINDING_ONLY =
            Pattern.compile("\\s*\\$[\\w$]+\\s*:(?!=)\\s*[\\w$.]+\\s*");

    /** A type constructed in a consequence: {@code new SpendingBelowFloor(}. */
    private static final Pattern CONSTRUCTED = Pattern.compile("\\bnew\\s+([\\w$.]+)\\s*\\(");

    private static final Pattern SPACE = Pattern.compile("\\s+");
    static final String ELEMENT_PREFIX = LhsElement.UNNAMED_FACT;
    static final String BLOCKER_PREFIX = Probe.BLOCKER;

    /**
     * What was written: the queries by package, each probe, each rule's conditions, and who inserts
     * each type.
     */
    record Written(
            Map<String, String> drlByPackage,
            Map<String, List<ProbeAt>> probesByPackage,
            Map<String, List<LhsElement>> conditions,
            Map<String, List<String>> producers,
            List<String> imports,
            Map<String, String> declared) {}

    /** A probe and the lines of its query in its package's generated text. */
    record ProbeAt(Probe probe, int firstLine, int lastLine) {}

    private final Map<String, Set<String>> importsByPackage = new TreeMap<>();
    private final Map<String, List<Query>> queriesByPackage = new TreeMap<>();
    private final Map<String, List<LhsElement>> conditions = new LinkedHashMap<>();
    private final Map<String, List<String>> producers = new TreeMap<>();

    /** Each type the rule files declare, by simple name, with its package. */
    private final Map<String, String> declaredTypes = new TreeMap<>();

    private int next;

    private record Query(Probe probe, String text) {}

    private ProbeWriter() {}

    /** The probes of every rule in the DRL files of {@code files}. */
    static Written write(List<RuleFile> files) {
        ProbeWriter writer = new ProbeWriter();
        for (RuleFile file : files) {
            if (file.kind().holdsRules()) {
                writer.add(file.path(), file.text());
            }
        }
        return writer.written();
    }

    private void add(String path, String text) {
        DrlParser parser = new DrlParser(LanguageLevelOption.DRL6);
        PackageDescr parsed;
        try {
            parsed = parser.parse(null, text);
        } catch (DroolsParserException e) {
            return; // the rule set compiled, so this does not happen; without descriptors the file
            // has no probes
        }
        if (parsed == null || parser.hasErrors()) {
            return;
        }
        String pkg = parsed.getNamespace();
        Set<String> imports = importsByPackage.computeIfAbsent(pkg, p -> new LinkedHashSet<>());
        for (ImportDescr imported : parsed.getImports()) {
            imports.add("import " + imported.getTarget() + ";");
        }
        for (ImportDescr imported : parsed.getFunctionImports()) {
            imports.add("import function " + imported.getTarget() + ";");
        }
        for (TypeDeclarationDescr type : parsed.getTypeDeclarations()) {
            declaredTypes.put(type.getTypeName(), pkg);
        }
        for (RuleDescr rule : parsed.getRules()) {
            if (rule.isQuery()) {
                continue;
            }
            List<Element> elements = elements(rule, path, text);
            conditions.put(rule.getName(), elements.stream().map(Element::written).toList());
            queries(pkg, rule.getName(), elements);
            Object consequence = rule.getConsequence();
            if (consequence != null) {
                Matcher made = CONSTRUCTED.matcher(consequence.toString());
                while (made.find()) {
                    String type = made.group(1).substring(made.group(1).lastIndexOf('.') + 1);
                    List<String> by = producers.computeIfAbsent(type, t -> new ArrayList<>());
                    if (!by.contains(rule.getName())) {
                        by.add(rule.getName());
                    }
                }
            }
        }
    }

    /**
     * One condition: as written, and as the queries write it with its first j tests (a list by j),
     * with a binding for its fact when the rule gives none, and, for a {@code not}, its positive
     * form.
     */
    private record Element(LhsElement written, List<String> withTests, String blockers) {}

    private List<Element> elements(RuleDescr rule, String path, String text) {
        List<Element> elements = new ArrayList<>();
        BaseDescr lhs = rule.getLhs();
        List<? extends BaseDescr> parts =
                lhs instanceof AndDescr and ? and.getDescrs() : List.of(lhs);
        for (BaseDescr part : parts) {
            elements.add(element(elements.size(), part, path, text));
        }
        return elements;
    }

    private Element element(int index, BaseDescr part, String path, String text) {
        String written = slice(text, part);
        String shown = SPACE.matcher(written).replaceAll(" ").strip();
        if (part instanceof PatternDescr pattern
                && pattern.getSource() instanceof AccumulateDescr
                && startsWithWord(written, "accumulate", "acc")) {
            List<LhsTest> tests = tests(pattern.getDescrs());
            List<String> withTests = new ArrayList<>();
            for (int j = 0; j <= tests.size(); j++) {
                withTests.add(accumulateWith(written, tests.subList(0, j)));
            }
            return new Element(
                    new LhsElement(
                            index,
                            LhsElement.Kind.ACCUMULATE,
                            shown,
                            "",
                            "",
                            tests,
                            path,
                            part.getLine(),
                            part.getColumn() + 1),
                    withTests,
                    null);
        }
        if (part instanceof PatternDescr pattern) {
            List<LhsTest> tests = tests(pattern.getDescrs());
            List<String> bindings = bindings(pattern.getDescrs());
            String binding = pattern.getIdentifier() == null ? "" : pattern.getIdentifier();
            List<String> withTests = new ArrayList<>();
            Parens parens = Parens.after(written, simpleName(pattern.getObjectType()));
            for (int j = 0; j <= tests.size(); j++) {
                if (parens == null) {
                    withTests.add(j == tests.size() ? written : null);
                    continue;
                }
                List<String> kept = new ArrayList<>(bindings);
                tests.subList(0, j).forEach(t -> kept.add(t.text()));
                String body =
                        written.substring(0, parens.open() + 1)
                                + String.join(", ", kept)
                                + written.substring(parens.close());
                withTests.add(binding.isEmpty() ? ELEMENT_PREFIX + index + " : " + body : body);
            }
            return new Element(
                    new LhsElement(
                            index,
                            LhsElement.Kind.PATTERN,
                            shown,
                            simpleName(pattern.getObjectType()),
                            binding,
                            tests,
                            path,
                            part.getLine(),
                            part.getColumn() + 1),
                    withTests,
                    null);
        }
        LhsElement.Kind kind =
                part instanceof NotDescr
                        ? LhsElement.Kind.NOT
                        : part instanceof ExistsDescr
                                ? LhsElement.Kind.EXISTS
                                : LhsElement.Kind.OTHER;
        String type = "";
        String blockers = null;
        if ((part instanceof NotDescr || part instanceof ExistsDescr)
                && ((org.drools.drl.ast.descr.ConditionalElementDescr) part).getDescrs().size() == 1
                && ((org.drools.drl.ast.descr.ConditionalElementDescr) part).getDescrs().get(0)
                        instanceof PatternDescr inner) {
            type = simpleName(inner.getObjectType());
            if (part instanceof NotDescr && inner.getIdentifier() == null) {
                blockers = BLOCKER_PREFIX + index + " : " + slice(text, inner);
            }
        }
        return new Element(
                new LhsElement(
                        index,
                        kind,
                        shown,
                        type,
                        "",
                        List.of(),
                        path,
                        part.getLine(),
                        part.getColumn() + 1),
                List.of(written),
                blockers);
    }

    private void queries(String pkg, String rule, List<Element> elements) {
        List<Query> queries = queriesByPackage.computeIfAbsent(pkg, p -> new ArrayList<>());
        List<String> before = new ArrayList<>();
        for (Element element : elements) {
            int index = element.written().index();
            for (int j = 0; j < element.withTests().size(); j++) {
                String last = element.withTests().get(j);
                if (last != null) {
                    queries.add(query(rule, index, j, false, before, last));
                }
            }
            if (element.blockers() != null) {
                queries.add(query(rule, index, 0, true, before, element.blockers()));
            }
            before.add(element.withTests().get(element.withTests().size() - 1));
        }
    }

    private Query query(
            String rule,
            int element,
            int tests,
            boolean blockers,
            List<String> before,
            String last) {
        String name = "ally-advisor probe " + (next++);
        StringBuilder text = new StringBuilder("query \"").append(name).append("\"\n");
        before.forEach(b -> text.append("    ").append(b).append('\n'));
        text.append("    ").append(last).append('\n').append("end\n");
        return new Query(new Probe(name, rule, element, tests, blockers), text.toString());
    }

    private Written written() {
        Map<String, String> drl = new TreeMap<>();
        Map<String, List<ProbeAt>> probes = new TreeMap<>();
        queriesByPackage.forEach(
                (pkg, queries) -> {
                    StringBuilder text = new StringBuilder("package ").append(pkg).append(";\n");
                    importsByPackage
                            .getOrDefault(pkg, Set.of())
                            .forEach(i -> text.append(i).append('\n'));
                    List<ProbeAt> at = new ArrayList<>();
                    for (Query query : queries) {
                        int first = (int) text.chars().filter(c -> c == '\n').count() + 1;
                        text.append(query.text());
                        int last = (int) text.chars().filter(c -> c == '\n').count();
                        at.add(new ProbeAt(query.probe(), first, last));
                    }
                    drl.put(pkg, text.toString());
                    probes.put(pkg, at);
                });
        Map<String, List<String>> made = new TreeMap<>();
        producers.forEach((type, rules) -> made.put(type, List.copyOf(rules)));
        List<String> imported = new ArrayList<>();
        importsByPackage
                .values()
                .forEach(
                        all ->
                                all.stream()
                                        .filter(i -> !i.startsWith("import function"))
                                        .map(i -> i.substring("import ".length(), i.length() - 1))
                                        .filter(i -> !imported.contains(i))
                                        .forEach(imported::add));
        return new Written(
                drl, probes, Map.copyOf(conditions), made, imported, Map.copyOf(declaredTypes));
    }

    private static List<LhsTest> tests(List<? extends BaseDescr> constraints) {
        List<LhsTest> tests = new ArrayList<>();
        for (BaseDescr constraint : constraints) {
            if (constraint instanceof ExprConstraintDescr expr
                    && !BINDING_ONLY.matcher(expr.getExpression()).matches()) {
                tests.add(
                        new LhsTest(
                                SPACE.matcher(expr.getExpression()).replaceAll(" ").strip(),
                                expr.getLine(),
                                expr.getColumn() + 1));
            }
        }
        return tests;
    }

    private static List<String> bindings(List<? extends BaseDescr> constraints) {
        List<String> bindings = new ArrayList<>();
        for (BaseDescr constraint : constraints) {
            if (constraint instanceof ExprConstraintDescr expr
                    && BINDING_ONLY.matcher(expr.getExpression()).matches()) {
                bindings.add(expr.getExpression().strip());
            }
        }
        return bindings;
    }

    /** {@code accumulate( source; functions; tests )} with only {@code kept} of its tests. */
    private static String accumulateWith(String written, List<LhsTest> kept) {
        int open = written.indexOf('(');
        int close = Parens.matching(written, open);
        if (open < 0 || close < 0) {
            return written;
        }
        List<Integer> semicolons = Parens.topLevel(written, open + 1, close, ';');
        if (semicolons.size() < 2) {
            return written;
        }
        String head = written.substring(0, semicolons.get(1));
        return kept.isEmpty()
                ? head + " )"
                : head + "; " + String.join(", ", kept.stream().map(LhsTest::text).toList()) + " )";
    }

    private static boolean startsWithWord(String text, String... words) {
        String stripped = text.strip();
        int colon = stripped.indexOf(':');
        if (stripped.startsWith("$") && colon > 0) {
            stripped = stripped.substring(colon + 1).strip();
        }
        for (String word : words) {
            if (stripped.startsWith(word)
                    && stripped.substring(word.length()).strip().startsWith("(")) {
                return true;
            }
        }
        return false;
    }

    private static String simpleName(String type) {
        return type == null ? "" : type.substring(type.lastIndexOf('.') + 1);
    }

    private static String slice(String text, BaseDescr descr) {
        int start = Math.max(0, descr.getStartCharacter());
        int end = Math.min(text.length(), Math.max(start, descr.getEndCharacter()));
        return text.substring(start, end);
    }

    /**
     * The parentheses of a pattern: the first after its type's name, and the one that closes it.
     */
    record Parens(int open, int close) {

        static Parens after(String text, String type) {
            int name = type.isEmpty() ? -1 : text.indexOf(type);
            int open = text.indexOf('(', Math.max(0, name));
            int close = open < 0 ? -1 : matching(text, open);
            return close < 0 ? null : new Parens(open, close);
        }

        /**
         * The parenthesis that closes the one at {@code open}, strings and nesting heeded; -1 if
         * none.
         */
        static int matching(String text, int open) {
            if (open < 0) {
                return -1;
            }
            int depth = 0;
            for (int i = open; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '"' || c == '\'') {
                    i = endOfString(text, i);
                } else if (c == '(') {
                    depth++;
                } else if (c == ')' && --depth == 0) {
                    return i;
                }
            }
            return -1;
        }

        static List<Integer> topLevel(String text, int from, int to, char wanted) {
            List<Integer> found = new ArrayList<>();
            int depth = 0;
            for (int i = from; i < to; i++) {
                char c = text.charAt(i);
                if (c == '"' || c == '\'') {
                    i = endOfString(text, i);
                } else if (c == '(' || c == '[' || c == '{') {
                    depth++;
                } else if (c == ')' || c == ']' || c == '}') {
                    depth--;
                } else if (c == wanted && depth == 0) {
                    found.add(i);
                }
            }
            return found;
        }

        private static int endOfString(String text, int start) {
            char quote = text.charAt(start);
            for (int i = start + 1; i < text.length(); i++) {
                if (text.charAt(i) == '\\') {
                    i++;
                } else if (text.charAt(i) == quote) {
                    return i;
                }
            }
            return text.length() - 1;
        }
    }
}
