package org.allyadvisor.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.allyadvisor.advice.Category;
import org.allyadvisor.advice.RiskKind;
import org.allyadvisor.facts.FactSchema;
import org.allyadvisor.text.EnumNames;
import org.drools.compiler.builder.impl.KnowledgeBuilderImpl;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * Reads what each compiled rule says about itself: its catalogue metadata ({@code @id},
 * {@code @category} or {@code @risk}, {@code @passage}, ...) and where it is written. A catalogued
 * rule with incomplete or wrong metadata is a problem reported at its line.
 */
final class RuleCatalogue {

    private static final String ENGINE_PACKAGE = "org.allyadvisor.advice";

    private RuleCatalogue() {}

    /**
     * Where each rule is written, by {@code package/rule name}: the file as the user named it and
     * the line of {@code rule "..."}. Only the builder knows this; compiled packages do not.
     */
    static Map<String, RuleRefLocation> locations(KieBase kieBase, KnowledgeBuilderImpl builder) {
        Map<String, RuleRefLocation> written = new HashMap<>();
        for (KiePackage kiePackage : kieBase.getKiePackages()) {
            for (PackageDescr packageDescr : builder.getPackageDescrs(kiePackage.getName())) {
                for (RuleDescr rule : packageDescr.getRules()) {
                    if (!rule.isQuery()) {
                        String file =
                                rule.getResource() == null
                                        ? ""
                                        : rule.getResource().getSourcePath();
                        written.put(
                                kiePackage.getName() + "/" + rule.getName(),
                                new RuleRefLocation(file, rule.getLine()));
                    }
                }
            }
        }
        return written;
    }

    static List<RuleInfo> read(
            KieBase kieBase, Map<String, RuleRefLocation> written, List<RuleProblem> problems) {
        List<RuleInfo> rules = new ArrayList<>();
        for (KiePackage kiePackage : kieBase.getKiePackages()) {
            if (kiePackage.getName().equals(ENGINE_PACKAGE)) {
                continue;
            }
            for (Rule rule : kiePackage.getRules()) {
                RuleRefLocation where = written.get(kiePackage.getName() + "/" + rule.getName());
                if (where == null) {
                    continue; // a query
                }
                RuleInfo info = describe(rule, where.file(), where.line());
                check(info, rule.getMetaData(), problems);
                rules.add(info);
            }
        }
        rules.sort(Comparator.comparing(RuleInfo::file).thenComparingInt(RuleInfo::line));
        Map<String, RuleInfo> firstByName = new HashMap<>();
        for (RuleInfo rule : rules) {
            RuleInfo first = firstByName.putIfAbsent(rule.name(), rule);
            if (first != null) {
                problems.add(
                        at(
                                rule,
                                "rule \""
                                        + rule.name()
                                        + "\" is also written at "
                                        + first.file()
                                        + ":"
                                        + first.line()
                                        + "; rule names must be unique in a rule set"));
            }
        }
        return rules;
    }

    /** Where a rule is written. */
    record RuleRefLocation(String file, int line) {}

    private static RuleInfo describe(Rule rule, String file, int line) {
        Map<String, Object> meta = rule.getMetaData();
        String requires = text(meta, "requires");
        return new RuleInfo(
                rule.getName(),
                text(meta, "id"),
                text(meta, "category"),
                text(meta, "risk"),
                text(meta, "recommendation"),
                text(meta, "section"),
                text(meta, "passage"),
                requires.isBlank() ? List.of() : Arrays.asList(requires.trim().split("[\\s,]+")),
                file,
                line,
                form(file));
    }

    /**
     * The form a rule is written in, by its file's name ({@code rules/technology.csv}: a table
     * row).
     */
    static RuleForm form(String file) {
        String name = file.substring(file.lastIndexOf('/') + 1);
        return RuleFile.Kind.of(name).map(kind -> ruleFormOf(kind)).orElse(RuleForm.DRL);
    }

    private static RuleForm ruleFormOf(RuleFile.Kind kind) {
        return switch (kind) {
            case DSL, DSLR -> RuleForm.DSL;
            case CSV_TABLE, XLSX_TABLE -> RuleForm.TABLE;
            default -> RuleForm.DRL;
        };
    }

    private static void check(RuleInfo rule, Map<String, Object> meta, List<RuleProblem> problems) {
        String where = "rule \"" + rule.name() + "\": ";
        if (!rule.isCatalogued()) {
            for (String key : List.of("category", "risk", "passage")) {
                if (meta.containsKey(key)) {
                    problems.add(
                            at(
                                    rule,
                                    where
                                            + "has @"
                                            + key
                                            + " but no @id; give it a catalogue id like @id(\"BUD-6\")"));
                }
            }
            return;
        }
        if (!rule.id().matches("[A-Z]+-\\d+")) {
            problems.add(
                    at(
                            rule,
                            where + "@id(\"" + rule.id() + "\") is not a catalogue id like BUD-1"));
        }
        if (rule.category().isEmpty() == rule.risk().isEmpty()) {
            problems.add(
                    at(
                            rule,
                            where
                                    + "needs exactly one of @category (an action rule) or @risk (a risk rule)"));
        }
        if (!rule.category().isEmpty() && !isEnum(Category.class, rule.category())) {
            problems.add(
                    at(
                            rule,
                            where
                                    + "unknown @category(\""
                                    + rule.category()
                                    + "\"); allowed: "
                                    + names(Category.class)));
        }
        if (!rule.risk().isEmpty() && !isEnum(RiskKind.class, rule.risk())) {
            problems.add(
                    at(
                            rule,
                            where
                                    + "unknown @risk(\""
                                    + rule.risk()
                                    + "\"); allowed: "
                                    + names(RiskKind.class)));
        }
        for (String key : List.of("passage", "section", "recommendation")) {
            if (text(meta, key).isBlank()) {
                problems.add(
                        at(
                                rule,
                                where
                                        + "@"
                                        + key
                                        + " is missing: every catalogued rule quotes the article"));
            }
        }
        for (String path : rule.requires()) {
            if (!FactSchema.isFactPath(path)) {
                problems.add(at(rule, where + "@requires names unknown fact field '" + path + "'"));
            }
        }
    }

    private static RuleProblem at(RuleInfo rule, String message) {
        return new RuleProblem(rule.file(), rule.line(), 0, message);
    }

    private static String text(Map<String, Object> meta, String key) {
        Object value = meta.get(key);
        return value == null ? "" : value.toString();
    }

    private static boolean isEnum(Class<? extends Enum<?>> type, String name) {
        return EnumNames.of(type).contains(name);
    }

    private static String names(Class<? extends Enum<?>> type) {
        return String.join(", ", EnumNames.of(type));
    }
}
