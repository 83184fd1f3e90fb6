package org.allyadvisor.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.AccumulateImportDescr;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.BindingDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.EnumDeclarationDescr;
import org.drools.drl.ast.descr.EnumLiteralDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.FunctionDescr;
import org.drools.drl.ast.descr.GlobalDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.QueryDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.ast.descr.TypeDeclarationDescr;
import org.drools.drl.ast.descr.TypeFieldDescr;

/**
 * The check that rule code calls only what rules may call. A rule set is Java code: a consequence,
 * a condition or a DRL function can call anything on the class path ({@code System.exit}, file
 * writes, processes). This names every call outside the allow-list — the advice builders, {@code
 * drools.*} and {@code kcontext}, insert/modify/retract, the fact vocabulary and the types the rule
 * set declares, its own functions, {@code java.lang.Math}, and string, number and collection
 * methods — one warning at the line of each call.
 *
 * <p>It reads the descriptors Drools parsed the rule files into (after they compiled), so each
 * piece of code is read as Drools reads it; see {@link RuleCodeParser} and {@link RuleCodeCalls}.
 * It is a lint, not a sandbox: what it cannot see (a value whose type the code does not state) it
 * does not judge.
 */
final class RuleCode {

    private final Map<String, RuleCodeSource> sources;
    private final List<RuleCodePiece.Found> found = new ArrayList<>();

    private RuleCode(Map<String, RuleCodeSource> sources) {
        this.sources = sources;
    }

    /**
     * Every call outside the allow-list in the rule files' packages, as warnings in file and line
     * order. Descriptors of other sources (the engine's own queries) are not checked.
     */
    static List<RuleWarning> check(List<PackageDescr> packages, List<RuleFile> files) {
        Map<String, RuleCodeSource> sources = new HashMap<>();
        files.forEach(
                file -> sources.put(file.path(), new RuleCodeSource(file.path(), file.text())));
        RuleCode check = new RuleCode(sources);
        packages.forEach(check::checkPackage);
        return check.found.stream()
                .sorted(
                        Comparator.comparing((RuleCodePiece.Found f) -> f.warning().file())
                                .thenComparingInt(RuleCodePiece.Found::offset))
                .map(RuleCodePiece.Found::warning)
                .distinct()
                .toList();
    }

    /** What every piece of code of one package may refer to. */
    private record Package(
            PackageDescr descr,
            RuleCodeTypes types,
            Set<String> functions,
            List<String> functionImports,
            Map<String, String> globals,
            Map<String, String> accumulateImports) {}

    private void checkPackage(PackageDescr descr) {
        Set<String> declared = new LinkedHashSet<>();
        descr.getTypeDeclarations().forEach(type -> declared.add(type.getTypeName()));
        descr.getEnumDeclarations().forEach(type -> declared.add(type.getTypeName()));
        Set<String> functions = new LinkedHashSet<>();
        descr.getFunctions().forEach(function -> functions.add(function.getName()));
        Map<String, String> globals = new LinkedHashMap<>();
        for (GlobalDescr global : descr.getGlobals()) {
            globals.put(global.getIdentifier(), global.getType());
        }
        Map<String, String> accumulateImports = new HashMap<>();
        for (AccumulateImportDescr imported : descr.getAccumulateImports()) {
            accumulateImports.put(imported.getFunctionName(), imported.getTarget());
        }
        List<String> imports = descr.getImports().stream().map(ImportDescr::getTarget).toList();
        Package pkg =
                new Package(
                        descr,
                        new RuleCodeTypes(
                                descr.getName(),
                                imports,
                                declared,
                                RuleCode.class.getClassLoader()),
                        functions,
                        descr.getFunctionImports().stream().map(ImportDescr::getTarget).toList(),
                        globals,
                        accumulateImports);

        for (FunctionDescr function : descr.getFunctions()) {
            RuleCodeSource source = source(function);
            if (source != null) {
                Map<String, String> variables = new LinkedHashMap<>(globals);
                for (int i = 0; i < function.getParameterNames().size(); i++) {
                    variables.put(
                            function.getParameterNames().get(i),
                            function.getParameterTypes().get(i));
                }
                RuleCodePiece piece =
                        piece(pkg, source, "function \"" + function.getName() + "\"", variables);
                piece.block(
                        "its body",
                        function.getBody(),
                        source.lineStart(function.getLine()),
                        "mvel".equals(function.getDialect()));
            }
        }
        for (RuleDescr rule : descr.getRules()) {
            RuleCodeSource source = source(rule);
            if (source != null) {
                checkRule(pkg, source, rule);
            }
        }
        for (TypeDeclarationDescr type : descr.getTypeDeclarations()) {
            RuleCodeSource source = source(type);
            if (source != null) {
                RuleCodePiece piece =
                        piece(pkg, source, "declared type \"" + type.getTypeName() + "\"", globals);
                for (TypeFieldDescr field : type.getFields().values()) {
                    if (field.getInitExpr() != null && !field.getInitExpr().isBlank()) {
                        piece.expression(
                                "its default values",
                                field.getInitExpr(),
                                source.lineStart(field.getLine()));
                    }
                }
            }
        }
        for (EnumDeclarationDescr type : descr.getEnumDeclarations()) {
            RuleCodeSource source = source(type);
            if (source != null) {
                RuleCodePiece piece =
                        piece(pkg, source, "declared enum \"" + type.getTypeName() + "\"", globals);
                for (EnumLiteralDescr literal : type.getLiterals()) {
                    for (String argument : literal.getConstructorArgs()) {
                        piece.expression(
                                "its values", argument, source.lineStart(literal.getLine()));
                    }
                }
            }
        }
    }

    private void checkRule(Package pkg, RuleCodeSource source, RuleDescr rule) {
        Map<String, String> variables = new LinkedHashMap<>(pkg.globals());
        variables.put("drools", null);
        variables.put("kcontext", null);
        if (rule instanceof QueryDescr query) {
            for (int i = 0; i < query.getParameters().length; i++) {
                variables.put(query.getParameters()[i], query.getParameterTypes()[i]);
            }
        }
        bindings(rule.getLhs(), variables);
        RuleCodePiece piece =
                piece(
                        pkg,
                        source,
                        (rule.isQuery() ? "query" : "rule") + " \"" + rule.getName() + "\"",
                        variables);
        int ruleStart = source.lineStart(rule.getLine());
        for (AttributeDescr attribute : rule.getAttributes().values()) {
            int line = attribute.getLine() > 0 ? source.lineStart(attribute.getLine()) : ruleStart;
            if (attribute.getName().equals("salience") || attribute.getName().equals("enabled")) {
                // the two attributes that are expressions, evaluated as the rule matches (a timer's
                // cannot call)
                piece.expression("its " + attribute.getName(), attribute.getValue(), line);
            }
        }
        piece.conditions(rule.getLhs(), ruleStart);
        boolean mvel = "mvel".equals(dialect(pkg.descr(), rule));
        if (rule.getConsequence() instanceof String consequence && !consequence.isBlank()) {
            int then =
                    rule.getConsequenceLine() > 0
                            ? source.lineStart(rule.getConsequenceLine())
                            : ruleStart;
            piece.block("its consequence", consequence, then, mvel);
        }
        for (Map.Entry<String, Object> named : rule.getNamedConsequences().entrySet()) {
            if (named.getValue() instanceof String consequence && !consequence.isBlank()) {
                piece.block(
                        "its consequence [" + named.getKey() + "]", consequence, ruleStart, mvel);
            }
        }
    }

    /**
     * The names a rule's conditions bind, with the fact type where a pattern binds a whole fact.
     */
    private static void bindings(BaseDescr descr, Map<String, String> variables) {
        if (descr instanceof PatternDescr pattern) {
            if (pattern.getIdentifier() != null) {
                variables.put(pattern.getIdentifier(), pattern.getObjectType());
            }
            pattern.getDescrs().forEach(constraint -> bindings(constraint, variables));
            if (pattern.getSource() != null) {
                bindings(pattern.getSource(), variables);
            }
        } else if (descr instanceof ExprConstraintDescr constraint) {
            RuleCodeParser.boundName(constraint.getExpression())
                    .ifPresent(name -> variables.put(name, null));
        } else if (descr instanceof BindingDescr binding) {
            variables.put(binding.getVariable(), null);
        } else if (descr instanceof AccumulateDescr accumulate) {
            accumulate.getFunctions().stream()
                    .filter(f -> f.getBind() != null)
                    .forEach(f -> variables.put(f.getBind(), null));
            if (accumulate.getInput() != null) {
                bindings(accumulate.getInput(), variables);
            }
        } else if (descr instanceof ConditionalElementDescr element) {
            element.getDescrs().forEach(child -> bindings((BaseDescr) child, variables));
        }
    }

    private static String dialect(PackageDescr pkg, RuleDescr rule) {
        AttributeDescr own = rule.getAttributes().get("dialect");
        AttributeDescr inherited = pkg.getAttribute("dialect");
        AttributeDescr dialect = own != null ? own : inherited;
        return dialect == null ? "java" : dialect.getValue().replace("\"", "").strip();
    }

    private RuleCodePiece piece(
            Package pkg, RuleCodeSource source, String owner, Map<String, String> variables) {
        return new RuleCodePiece(
                source,
                owner,
                new RuleCodeCalls.Names(
                        pkg.types(), variables, pkg.functions(), pkg.functionImports()),
                pkg.accumulateImports(),
                found::add);
    }

    private RuleCodeSource source(BaseDescr descr) {
        return descr.getResource() == null
                ? null
                : sources.get(descr.getResource().getSourcePath());
    }
}
