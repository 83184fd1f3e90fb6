package org.allyadvisor.rules;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.SimpleName;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import com.github.javaparser.ast.expr.TypeExpr;
import com.github.javaparser.ast.expr.TypePatternExpr;
import com.github.javaparser.ast.stmt.LocalClassDeclarationStmt;
import com.github.javaparser.ast.stmt.LocalRecordDeclarationStmt;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import com.github.javaparser.ast.type.UnknownType;
import com.github.javaparser.ast.type.VarType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.allyadvisor.rules.RuleCodeTypes.Prefix;
import org.allyadvisor.rules.RuleCodeTypes.TypeRef;
import org.drools.mvel.parser.ast.expr.FullyQualifiedInlineCastExpr;
import org.drools.mvel.parser.ast.expr.InlineCastExpr;
import org.drools.mvel.parser.ast.expr.NullSafeMethodCallExpr;

/**
 * Finds the calls in one parsed piece of rule code (a consequence, a function body, a condition)
 * that are outside what rules may call. A static call, a constructor or a method reference is
 * judged by the type it names; a call on a value by the value's type where the code states it (a
 * declared variable or binding, a cast, a {@code new}, what a known method returns), and otherwise
 * allowed: values come from facts, bindings and the calls judged here. Reflection ({@code
 * getClass}) and thread signalling ({@code wait}, {@code notify}) are refused on any value.
 */
final class RuleCodeCalls {

    /**
     * Methods refused on any value, whatever its type: every object's ways to a class and to thread
     * signalling, and the reflection and class-loading calls any road to a class, method or class
     * loader must end in (such a road may start at an allowed value, say drools.*).
     */
    private static final Set<String> ON_ANY_VALUE =
            Set.of(
                    "getClass",
                    "getDeclaringClass",
                    "wait",
                    "notify",
                    "notifyAll",
                    "forName",
                    "loadClass",
                    "getClassLoader",
                    "getContextClassLoader",
                    "getMethod",
                    "getMethods",
                    "getDeclaredMethod",
                    "getDeclaredMethods",
                    "getConstructor",
                    "getConstructors",
                    "getDeclaredConstructor",
                    "getDeclaredConstructors",
                    "getField",
                    "getDeclaredField",
                    "getDeclaredFields",
                    "newInstance",
                    "invoke",
                    "invokeExact",
                    "invokeWithArguments",
                    "setAccessible");

    /**
     * A call outside the allow-list: the name where it is written, and what it calls ({@code
     * System.exit}).
     */
    record Call(Node at, String what) {}

    /**
     * What names in a piece of rule code may stand for besides types.
     *
     * @param variables bindings, globals and parameters in scope, with their type as written (or
     *     null)
     * @param functions the rule set's own functions, callable by their simple name
     * @param functionImports {@code import function} targets ({@code java.lang.System.exit}, {@code
     *     a.B.*})
     */
    record Names(
            RuleCodeTypes types,
            Map<String, String> variables,
            Set<String> functions,
            List<String> functionImports) {}

    private final Names names;
    private final Map<String, Optional<TypeRef>> variables = new HashMap<>();
    private final List<Call> calls = new ArrayList<>();

    private RuleCodeCalls(Names names) {
        this.names = names;
    }

    static List<Call> outsideAllowList(Node code, Names names) {
        RuleCodeCalls check = new RuleCodeCalls(names);
        names.variables()
                .forEach(
                        (name, type) ->
                                check.variables.put(
                                        name,
                                        type == null
                                                ? Optional.empty()
                                                : names.types().type(type)));
        List<Node> nodes = RuleCodeNodes.of(code);
        nodes.forEach(check::declare);
        nodes.forEach(check::check);
        return check.calls;
    }

    /** Local variables, parameters and pattern variables, by name: a lint ignores their scopes. */
    private void declare(Node node) {
        if (node instanceof VariableDeclarator variable) {
            Type type = variable.getType();
            variables.put(
                    variable.getNameAsString(),
                    type instanceof VarType
                            ? variable.getInitializer().flatMap(this::typeOf)
                            : typeOf(type));
        } else if (node instanceof Parameter parameter) {
            variables.put(
                    parameter.getNameAsString(),
                    parameter.getType() instanceof UnknownType
                            ? Optional.empty()
                            : typeOf(parameter.getType()));
        } else if (node instanceof TypePatternExpr pattern) {
            variables.put(pattern.getNameAsString(), typeOf(pattern.getType()));
        }
    }

    private void check(Node node) {
        if (node instanceof MethodCallExpr call) {
            call(call.getScope(), call.getNameAsString(), call.getName(), ".");
        } else if (node instanceof NullSafeMethodCallExpr call) {
            call(call.getScope(), call.getNameAsString(), call.getName(), "!.");
        } else if (node instanceof MethodReferenceExpr reference) {
            call(Optional.of(reference.getScope()), reference.getIdentifier(), reference, "::");
        } else if (node instanceof ObjectCreationExpr creation) {
            ClassOrInterfaceType type = creation.getType();
            names.types()
                    .type(type.getNameWithScope())
                    .filter(t -> !RuleCodeTypes.allowed(t))
                    .ifPresent(t -> found(type.getName(), "calls new " + type.getNameWithScope()));
        } else if (node instanceof LocalClassDeclarationStmt local) {
            ClassOrInterfaceDeclaration declared = local.getClassDeclaration();
            supertypes(
                    declared.getName(),
                    declared.getExtendedTypes(),
                    declared.getImplementedTypes());
        } else if (node instanceof LocalRecordDeclarationStmt local) {
            RecordDeclaration declared = local.getRecordDeclaration();
            supertypes(declared.getName(), new NodeList<>(), declared.getImplementedTypes());
        } else if (node instanceof FieldAccessExpr access
                && access.getNameAsString().equals("class")) {
            found(access.getName(), "calls getClass"); // MVEL reads $fact.class as $fact.getClass()
        } else if (node instanceof ClassExpr literal
                && names().contains(first(literal.getType().asString()))) {
            found(literal, "calls getClass"); // MVEL: $fact.class
        } else if (node instanceof FullyQualifiedInlineCastExpr cast) {
            List<String> parts = Arrays.asList(cast.getName().asString().split("\\."));
            names.types()
                    .prefix(parts)
                    .filter(p -> !RuleCodeTypes.allowed(p.type()))
                    .ifPresent(p -> found(cast, "calls " + cast.getName().asString()));
        }
    }

    private void call(Optional<Expression> scope, String method, Node at, String separator) {
        if (scope.isEmpty()) {
            unqualified(method, at);
            return;
        }
        Expression target = scope.get();
        Optional<List<String>> chain = nameChain(target);
        Optional<Prefix> prefix = chain.flatMap(names.types()::prefix);
        if (prefix.isPresent() && !RuleCodeTypes.allowed(prefix.get().type())) {
            // named even where a variable of that name was declared: a lint does not follow scopes
            found(at, "calls " + String.join(".", chain.get()) + separator + method);
            return;
        }
        if (prefix.isPresent() && !variables.containsKey(chain.get().get(0))) {
            return; // a static call, or a call on a static field, of an allowed type
        }
        Optional<TypeRef> type = typeOf(target).filter(t -> !RuleCodeTypes.allowed(t));
        if (type.isPresent()) {
            found(at, "calls " + type.get().shown() + separator + method);
        } else if (ON_ANY_VALUE.contains(method)) {
            found(at, "calls " + method);
        }
    }

    /**
     * A call without a scope: a rule-set function, an {@code import function}, or Drools' own
     * (insert, ...).
     */
    private void unqualified(String method, Node at) {
        if (ON_ANY_VALUE.contains(method)) {
            found(at, "calls " + method);
            return;
        }
        if (names.functions().contains(method)) {
            return;
        }
        for (String imported : names.functionImports()) {
            int dot = imported.lastIndexOf('.');
            String member = imported.substring(dot + 1);
            Optional<TypeRef> owner = names.types().type(imported.substring(0, dot));
            boolean named =
                    member.equals(method)
                            || (member.equals("*")
                                    && owner.filter(
                                                    o ->
                                                            !o.isDeclared()
                                                                    && hasMethod(o.type(), method))
                                            .isPresent());
            if (named && owner.filter(o -> !RuleCodeTypes.allowed(o)).isPresent()) {
                found(at, "calls " + imported.substring(0, dot) + "." + method);
                return;
            }
        }
    }

    private void supertypes(
            SimpleName at,
            NodeList<ClassOrInterfaceType> extended,
            NodeList<ClassOrInterfaceType> implemented) {
        List<ClassOrInterfaceType> all = new ArrayList<>(extended);
        all.addAll(implemented);
        for (ClassOrInterfaceType type : all) {
            names.types()
                    .type(type.getNameWithScope())
                    .filter(t -> !RuleCodeTypes.allowed(t))
                    .ifPresent(t -> found(at, "extends " + type.getNameWithScope()));
        }
    }

    /** The type of a value, where the code states it. */
    private Optional<TypeRef> typeOf(Expression value) {
        if (value instanceof EnclosedExpr enclosed) {
            return typeOf(enclosed.getInner());
        }
        if (value instanceof CastExpr cast) {
            return typeOf(cast.getType());
        }
        if (value instanceof InlineCastExpr cast) {
            return typeOf(cast.getType());
        }
        if (value instanceof ObjectCreationExpr creation) {
            return names.types().type(creation.getType().getNameWithScope());
        }
        if (value instanceof StringLiteralExpr || value instanceof TextBlockLiteralExpr) {
            return Optional.of(TypeRef.of(String.class));
        }
        if (value instanceof ClassExpr) {
            return Optional.of(TypeRef.of(Class.class));
        }
        if (value instanceof MethodCallExpr call) {
            return returned(call);
        }
        Optional<List<String>> chain = nameChain(value);
        if (chain.isEmpty()) {
            return Optional.empty();
        }
        List<String> parts = chain.get();
        if (variables.containsKey(parts.get(0))) {
            return parts.size() == 1 ? variables.get(parts.get(0)) : Optional.empty();
        }
        // a static field: Type.FIELD
        return names.types()
                .prefix(parts)
                .filter(p -> p.length() == parts.size() - 1 && !p.type().isDeclared())
                .flatMap(
                        p ->
                                RuleCodeTypes.staticField(
                                        p.type().type(), parts.get(parts.size() - 1)))
                .map(TypeRef::of);
    }

    /** What a call returns, when its owner's type is known and all its overloads agree. */
    private Optional<TypeRef> returned(MethodCallExpr call) {
        if (call.getNameAsString().equals("getClass") && call.getArguments().isEmpty()) {
            return Optional.of(TypeRef.of(Class.class)); // whatever it is called on
        }
        if (call.getScope().isEmpty()) {
            return Optional.empty();
        }
        Expression scope = call.getScope().get();
        Optional<List<String>> chain = nameChain(scope);
        Optional<TypeRef> owner =
                chain.isPresent() && !variables.containsKey(chain.get().get(0))
                        ? names.types()
                                .prefix(chain.get())
                                .filter(p -> p.length() == chain.get().size())
                                .map(Prefix::type)
                        : Optional.empty();
        if (owner.isEmpty()) {
            owner = typeOf(scope);
        }
        return owner.filter(t -> !t.isDeclared())
                .flatMap(t -> RuleCodeTypes.returnType(t.type(), call.getNameAsString()))
                .map(TypeRef::of);
    }

    private Optional<TypeRef> typeOf(Type type) {
        if (type.isPrimitiveType() || type instanceof VarType || type instanceof UnknownType) {
            return Optional.empty();
        }
        return names.types().type(type.asString());
    }

    /** {@code a.b.c} as its names, when the expression is nothing but names. */
    private static Optional<List<String>> nameChain(Expression expression) {
        if (expression instanceof NameExpr name) {
            return Optional.of(new ArrayList<>(List.of(name.getNameAsString())));
        }
        if (expression instanceof FieldAccessExpr access) {
            return nameChain(access.getScope())
                    .map(
                            parts -> {
                                parts.add(access.getNameAsString());
                                return parts;
                            });
        }
        if (expression instanceof TypeExpr type
                && type.getType() instanceof ClassOrInterfaceType named) {
            return Optional.of(
                    new ArrayList<>(Arrays.asList(named.getNameWithScope().split("\\."))));
        }
        return Optional.empty();
    }

    private static boolean hasMethod(Class<?> owner, String method) {
        return Arrays.stream(owner.getMethods()).anyMatch(m -> m.getName().equals(method));
    }

    private Set<String> names() {
        return variables.keySet();
    }

    private static String first(String dotted) {
        int dot = dotted.indexOf('.');
        return dot < 0 ? dotted : dotted.substring(0, dot);
    }

    private void found(Node at, String what) {
        calls.add(new Call(at, what));
    }
}
