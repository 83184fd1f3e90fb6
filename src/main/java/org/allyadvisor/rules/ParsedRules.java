package org.allyadvisor.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.FunctionDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.ast.descr.TypeDeclarationDescr;
import org.drools.drl.ast.descr.TypeFieldDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;

/**
 * The DRL files of a rule set parsed (not compiled) into what the checks of {@link RuleSetChecks}
 * read: each rule's patterns and constraints as written, its consequence, and the types and
 * functions the files declare. Parsing is cheap next to compiling, and it is done only by {@code
 * validate}, never on the way to an assessment.
 */
final class ParsedRules {

    /**
     * One rule as written; {@code signature} is its conditions in a canonical text (see {@link
     * #signature}).
     */
    record Parsed(
            String file,
            int line,
            int endLine,
            String name,
            List<Pattern> patterns,
            String consequence,
            String signature) {}

    /**
     * One pattern of a rule's conditions, nested ones included ({@code not}, {@code exists}, {@code
     * from}).
     *
     * @param binding {@code $budget} of {@code $budget : BudgetPolicy()}, or empty
     * @param type the pattern's type as written ({@code Ally})
     * @param constraints its constraints, one per comma
     */
    record Pattern(String binding, String type, List<Constraint> constraints) {}

    /** One constraint, with the line it is written on. */
    record Constraint(String text, int line) {}

    /**
     * A function of the rule files: its parameters by name, with their types as written, and its
     * body.
     */
    record Function(String file, Map<String, String> parameters, String body) {}

    private final List<Parsed> rules;
    private final List<Function> functions;
    private final Map<String, String> imports;
    private final Map<String, Map<String, String>> declaredTypes;

    private ParsedRules(
            List<Parsed> rules,
            List<Function> functions,
            Map<String, String> imports,
            Map<String, Map<String, String>> declaredTypes) {
        this.rules = List.copyOf(rules);
        this.functions = List.copyOf(functions);
        this.imports = Map.copyOf(imports);
        this.declaredTypes = Map.copyOf(declaredTypes);
    }

    /**
     * Parses the DRL files among {@code files}; a file that does not parse is left out (it did not
     * compile either).
     */
    static ParsedRules of(List<RuleFile> files) {
        List<Parsed> rules = new ArrayList<>();
        List<Function> functions = new ArrayList<>();
        Map<String, String> imports = new HashMap<>();
        Map<String, Map<String, String>> declared = new HashMap<>();
        for (RuleFile file : files.stream().filter(f -> f.kind().holdsRules()).toList()) {
            PackageDescr parsed = parse(file);
            if (parsed == null) {
                continue;
            }
            for (ImportDescr i : parsed.getImports()) {
                String target = i.getTarget();
                imports.put(target.substring(target.lastIndexOf('.') + 1), target);
            }
            for (TypeDeclarationDescr type : parsed.getTypeDeclarations()) {
                Map<String, String> fields = new LinkedHashMap<>();
                for (Map.Entry<String, TypeFieldDescr> field : type.getFields().entrySet()) {
                    fields.put(field.getKey(), field.getValue().getPattern().getObjectType());
                }
                declared.put(type.getTypeName(), fields);
            }
            for (FunctionDescr function : parsed.getFunctions()) {
                Map<String, String> parameters = new LinkedHashMap<>();
                for (int i = 0; i < function.getParameterNames().size(); i++) {
                    parameters.put(
                            function.getParameterNames().get(i),
                            function.getParameterTypes().get(i));
                }
                functions.add(new Function(file.path(), parameters, function.getBody()));
            }
            for (RuleDescr rule : parsed.getRules()) {
                if (rule.isQuery()) {
                    continue;
                }
                List<Pattern> patterns = new ArrayList<>();
                collect(rule.getLhs(), patterns);
                rules.add(
                        new Parsed(
                                file.path(),
                                rule.getLine(),
                                rule.getEndLine(),
                                rule.getName(),
                                patterns,
                                rule.getConsequence() == null
                                        ? ""
                                        : rule.getConsequence().toString(),
                                signature(rule.getLhs())));
            }
        }
        return new ParsedRules(rules, functions, imports, declared);
    }

    private static PackageDescr parse(RuleFile file) {
        try {
            DrlParser parser = new DrlParser();
            PackageDescr parsed = parser.parse(false, file.text());
            return parser.hasErrors() ? null : parsed;
        } catch (DroolsParserException | RuntimeException unparsable) {
            return null;
        }
    }

    private static void collect(BaseDescr descr, List<Pattern> into) {
        if (descr instanceof PatternDescr pattern) {
            List<Constraint> constraints = new ArrayList<>();
            for (BaseDescr constraint : pattern.getDescrs()) {
                if (constraint instanceof ExprConstraintDescr expr) {
                    constraints.add(
                            new Constraint(
                                    expr.getExpression(),
                                    expr.getLine() > 0 ? expr.getLine() : pattern.getLine()));
                }
            }
            into.add(
                    new Pattern(
                            pattern.getIdentifier() == null ? "" : pattern.getIdentifier(),
                            pattern.getObjectType(),
                            constraints));
            if (pattern.getSource() != null) {
                collect(pattern.getSource(), into);
            }
        } else if (descr instanceof ConditionalElementDescr element) {
            for (BaseDescr child : element.getDescrs()) {
                collect(child, into);
            }
        }
    }

    /**
     * The conditions as a canonical text: each conditional element and pattern with its
     * constraints, spaces left out and bindings renamed in order of appearance, so that two rules
     * that say the same thing in other words for their bindings have the same signature.
     */
    private static String signature(BaseDescr lhs) {
        StringBuilder text = new StringBuilder();
        write(lhs, text);
        java.util.regex.Matcher binding = BINDING.matcher(text.toString().replaceAll("\\s+", ""));
        Map<String, String> renamed = new HashMap<>();
        StringBuilder canonical = new StringBuilder();
        while (binding.find()) {
            binding.appendReplacement(
                    canonical,
                    java.util.regex.Matcher.quoteReplacement(
                            renamed.computeIfAbsent(binding.group(), b -> "$" + renamed.size())));
        }
        return binding.appendTail(canonical).toString();
    }

    private static final java.util.regex.Pattern BINDING =
            java.util.regex.Pattern.compile("\\$[A-Za-z_]\\w*");

    private static void write(BaseDescr descr, StringBuilder text) {
        if (descr instanceof PatternDescr pattern) {
            text.append(pattern.getIdentifier() == null ? "" : pattern.getIdentifier() + ":")
                    .append(pattern.getObjectType())
                    .append('(');
            for (BaseDescr constraint : pattern.getDescrs()) {
                text.append(
                                constraint.getText() != null
                                        ? constraint.getText()
                                        : constraint instanceof ExprConstraintDescr e
                                                ? e.getExpression()
                                                : constraint.toString())
                        .append(',');
            }
            text.append(')');
            if (pattern.getSource() != null) {
                text.append("from").append(pattern.getSource().getText());
                write(pattern.getSource(), text);
            }
        } else if (descr instanceof ConditionalElementDescr element) {
            text.append(descr.getClass().getSimpleName()).append('(');
            for (BaseDescr child : element.getDescrs()) {
                write(child, text);
                text.append(';');
            }
            text.append(')');
        } else if (descr != null) {
            text.append(descr.getClass().getSimpleName()).append(':').append(descr.getText());
        }
    }

    List<Parsed> rules() {
        return rules;
    }

    List<Function> functions() {
        return functions;
    }

    Optional<Parsed> rule(String name) {
        return rules.stream().filter(r -> r.name().equals(name)).findFirst();
    }

    /** A type the rule files name, by its simple name: imported, or declared in the rules. */
    Optional<Class<?>> importedClass(String simpleName) {
        String name = imports.get(simpleName);
        if (name == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Class.forName(name, false, ParsedRules.class.getClassLoader()));
        } catch (ClassNotFoundException | LinkageError unknown) {
            return Optional.empty();
        }
    }

    /** The fields of a type the rule files declare, each with its type as written. */
    Optional<Map<String, String>> declaredType(String simpleName) {
        return Optional.ofNullable(declaredTypes.get(simpleName));
    }
}
