package org.allyadvisor.rules;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.Optional;

/**
 * The kinds of value a rule's conditions compare, resolved from the types the rule files import or
 * declare: enough to tell text from a number where Drools compiles the comparison silently.
 */
final class FactTypes {

    /** What a value is, as far as comparing it goes. */
    enum Kind {
        NUMBER("a number"),
        TEXT("text"),
        BOOLEAN("true/false"),
        ENUM("a named value"),
        OTHER("a value");

        final String said;

        Kind(String said) {
            this.said = said;
        }

        /** Whether comparing a value of this kind with one of {@code other} can mean anything. */
        boolean comparableWith(Kind other) {
            if (this == OTHER || other == OTHER || this == other) {
                return true;
            }
            // Drools reads a quoted name as the enum constant it names
            return (this == ENUM && other == TEXT) || (this == TEXT && other == ENUM);
        }
    }

    /**
     * A type as the rules see it: a class, or a type the rule files declare (its fields' type
     * names).
     */
    record Type(Class<?> type, Map<String, String> declared) {

        static Type of(Class<?> type) {
            return new Type(type, null);
        }
    }

    private final ParsedRules parsed;

    FactTypes(ParsedRules parsed) {
        this.parsed = parsed;
    }

    /** The type a pattern names ({@code Ally}, {@code HighThreat}). */
    Optional<Type> named(String simpleName) {
        Optional<Map<String, String>> declared = parsed.declaredType(simpleName);
        if (declared.isPresent()) {
            return Optional.of(new Type(null, declared.get()));
        }
        return parsed.importedClass(simpleName).or(() -> javaLang(simpleName)).map(Type::of);
    }

    /**
     * The type of {@code path} ({@code budget.defensePctGdp}) read on {@code on}, if it can be
     * told.
     */
    Optional<Type> of(Type on, String path) {
        Type at = on;
        for (String step : path.split("\\.")) {
            Optional<Type> next = step(at, step);
            if (next.isEmpty()) {
                return Optional.empty();
            }
            at = next.get();
        }
        return Optional.of(at);
    }

    private Optional<Type> step(Type on, String name) {
        if (on.declared() != null) {
            String typeName = on.declared().get(name);
            return typeName == null
                    ? Optional.empty()
                    : classNamed(typeName).map(Type::of).or(() -> named(typeName));
        }
        for (String candidate :
                new String[] {name, "get" + capitalized(name), "is" + capitalized(name)}) {
            try {
                Method method = on.type().getMethod(candidate);
                return Optional.of(Type.of(method.getReturnType()));
            } catch (NoSuchMethodException absent) {
                // try the next way of writing an accessor
            }
        }
        return Optional.empty();
    }

    /**
     * The return type of a method called by name on a type ({@code
     * $technology.requiredFor($level)}).
     */
    Optional<Type> method(Type on, String name) {
        if (on.type() == null) {
            return Optional.empty();
        }
        for (Method method : on.type().getMethods()) {
            if (method.getName().equals(name)) {
                return Optional.of(Type.of(method.getReturnType()));
            }
        }
        return Optional.empty();
    }

    static Kind kind(Type type) {
        Class<?> c = type.type();
        if (c == null) {
            return Kind.OTHER;
        }
        if (c == String.class || c == char.class || c == Character.class) {
            return Kind.TEXT;
        }
        if (c == boolean.class || c == Boolean.class) {
            return Kind.BOOLEAN;
        }
        if (c.isEnum()) {
            return Kind.ENUM;
        }
        if ((c.isPrimitive() && c != void.class) || Number.class.isAssignableFrom(c)) {
            return Kind.NUMBER;
        }
        return Kind.OTHER;
    }

    private Optional<Class<?>> classNamed(String name) {
        return switch (name) {
            case "int" -> Optional.of(int.class);
            case "long" -> Optional.of(long.class);
            case "double" -> Optional.of(double.class);
            case "float" -> Optional.of(float.class);
            case "short" -> Optional.of(short.class);
            case "byte" -> Optional.of(byte.class);
            case "boolean" -> Optional.of(boolean.class);
            case "char" -> Optional.of(char.class);
            default -> parsed.importedClass(name).or(() -> javaLang(name));
        };
    }

    private static Optional<Class<?>> javaLang(String name) {
        try {
            return Optional.of(Class.forName(name.contains(".") ? name : "java.lang." + name));
        } catch (ClassNotFoundException | LinkageError unknown) {
            return Optional.empty();
        }
    }

    private static String capitalized(String name) {
        return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
