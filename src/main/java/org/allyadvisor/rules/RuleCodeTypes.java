package org.allyadvisor.rules;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The types rule code names, resolved the way the rule compiler resolves them (the package's
 * imports, its declared types, its own package, {@code java.lang}), and the allow-list of types
 * whose methods rules may call: the advice builders, the fact vocabulary, the types the rule set
 * declares, {@code java.lang.Math}, the plain values rules work with (strings, numbers,
 * collections), and {@code java.lang}'s exceptions, which a rule may throw.
 */
final class RuleCodeTypes {

    /** Packages whose every type is the vocabulary rules are written in. */
    private static final Set<String> VOCABULARY_PACKAGES =
            Set.of(
                    "org.allyadvisor.facts",
                    "org.allyadvisor.policy",
                    "org.allyadvisor.results",
                    "java.util.function");

    /**
     * Single types rules may use, by binary name; the advice builder's nested drafts are allowed
     * with it.
     */
    private static final Set<String> ALLOWED =
            Set.of(
                    "org.allyadvisor.advice.Advice",
                    "org.allyadvisor.advice.ActionProposal",
                    "org.allyadvisor.advice.RiskProposal",
                    "org.allyadvisor.advice.CoalitionProposal",
                    "java.lang.Math",
                    "java.lang.StrictMath",
                    "java.lang.Object",
                    "java.lang.String",
                    "java.lang.StringBuilder",
                    "java.lang.CharSequence",
                    "java.lang.Character",
                    "java.lang.Boolean",
                    "java.lang.Number",
                    "java.lang.Byte",
                    "java.lang.Short",
                    "java.lang.Integer",
                    "java.lang.Long",
                    "java.lang.Float",
                    "java.lang.Double",
                    "java.lang.Comparable",
                    "java.lang.Iterable",
                    "java.lang.Enum",
                    "java.lang.Record",
                    "java.math.BigDecimal",
                    "java.math.BigInteger",
                    "java.math.RoundingMode",
                    "java.math.MathContext",
                    "java.util.Collection",
                    "java.util.List",
                    "java.util.ArrayList",
                    "java.util.LinkedList",
                    "java.util.Set",
                    "java.util.HashSet",
                    "java.util.LinkedHashSet",
                    "java.util.TreeSet",
                    "java.util.SortedSet",
                    "java.util.NavigableSet",
                    "java.util.EnumSet",
                    "java.util.Map",
                    "java.util.Map$Entry",
                    "java.util.HashMap",
                    "java.util.LinkedHashMap",
                    "java.util.TreeMap",
                    "java.util.SortedMap",
                    "java.util.NavigableMap",
                    "java.util.EnumMap",
                    "java.util.Queue",
                    "java.util.Deque",
                    "java.util.ArrayDeque",
                    "java.util.PriorityQueue",
                    "java.util.Iterator",
                    "java.util.ListIterator",
                    "java.util.Collections",
                    "java.util.Arrays",
                    "java.util.Objects",
                    "java.util.Optional",
                    "java.util.OptionalInt",
                    "java.util.OptionalLong",
                    "java.util.OptionalDouble",
                    "java.util.Comparator",
                    "java.util.StringJoiner",
                    "java.util.stream.Stream",
                    "java.util.stream.IntStream",
                    "java.util.stream.LongStream",
                    "java.util.stream.DoubleStream",
                    "java.util.stream.Collectors");

    /**
     * A type as rule code names it: a class the program can load, or a type the rule set declares.
     */
    record TypeRef(String name, Class<?> type) {

        static TypeRef declared(String name) {
            return new TypeRef(name, null);
        }

        static TypeRef of(Class<?> type) {
            return new TypeRef(type.getName(), type);
        }

        boolean isDeclared() {
            return type == null;
        }

        /** How warnings name it: {@code FileWriter}, {@code Map.Entry}. */
        String shown() {
            if (type == null) {
                return name;
            }
            Class<?> shown = type;
            while (shown.isArray()) {
                shown = shown.getComponentType();
            }
            String binary = shown.getName();
            return binary.substring(binary.lastIndexOf('.') + 1).replace('$', '.');
        }
    }

    /** A dotted name ({@code java.lang.System.out}) read as a type and what follows it. */
    record Prefix(TypeRef type, int length) {}

    private final String packageName;
    private final List<String> imports;
    private final Set<String> declared;
    private final ClassLoader loader;
    private final Map<String, Optional<Class<?>>> loaded = new HashMap<>();

    /**
     * @param imports the package's imports as written ({@code java.util.Map}, {@code java.util.*})
     * @param declared the types the rule set declares in this package ({@code declare ... end})
     */
    RuleCodeTypes(
            String packageName, List<String> imports, Set<String> declared, ClassLoader loader) {
        this.packageName = packageName;
        this.imports = List.copyOf(imports);
        this.declared = Set.copyOf(declared);
        this.loader = loader;
    }

    /** Whether rules may call this type's methods and constructors. */
    static boolean allowed(TypeRef ref) {
        return ref.isDeclared() || allowed(ref.type());
    }

    static boolean allowed(Class<?> type) {
        Class<?> element = type;
        while (element.isArray()) {
            element = element.getComponentType();
        }
        if (element.isPrimitive()) {
            return true;
        }
        Class<?> outer = element;
        while (outer.getEnclosingClass() != null) {
            outer = outer.getEnclosingClass();
        }
        return ALLOWED.contains(element.getName())
                || outer.getName().equals("org.allyadvisor.advice.Advice")
                || VOCABULARY_PACKAGES.contains(element.getPackageName())
                || (element.getPackageName().equals("java.lang")
                        && Exception.class.isAssignableFrom(element));
    }

    /**
     * The type a written name stands for ({@code Map.Entry<String, ?>[]}, {@code java.io.File}), if
     * it is one.
     */
    Optional<TypeRef> type(String written) {
        String name = written.replaceAll("<.*>", "").replace("[]", "").replace("...", "").strip();
        List<String> parts = Arrays.asList(name.split("\\s*\\.\\s*"));
        Optional<Prefix> prefix = prefix(parts);
        return prefix.filter(p -> p.length() == parts.size()).map(Prefix::type);
    }

    /**
     * The longest run of leading parts that names a type: {@code java.lang.System} of {@code
     * java.lang.System.out}, {@code Advice.ActionDraft} of itself.
     */
    Optional<Prefix> prefix(List<String> parts) {
        TypeRef head = null;
        int length = 0;
        Optional<TypeRef> simple = simple(parts.get(0));
        if (simple.isPresent()) {
            head = simple.get();
            length = 1;
        } else {
            for (int i = 2; i <= parts.size() && head == null; i++) {
                Optional<Class<?>> qualified = load(String.join(".", parts.subList(0, i)));
                if (qualified.isPresent()) {
                    head = TypeRef.of(qualified.get());
                    length = i;
                }
            }
        }
        if (head == null) {
            return Optional.empty();
        }
        while (length < parts.size() && !head.isDeclared()) {
            Optional<Class<?>> nested = load(head.type().getName() + "$" + parts.get(length));
            if (nested.isEmpty()) {
                break;
            }
            head = TypeRef.of(nested.get());
            length++;
        }
        return Optional.of(new Prefix(head, length));
    }

    /**
     * A simple name as the rule compiler resolves it: single imports, the package, on-demand
     * imports, java.lang.
     */
    private Optional<TypeRef> simple(String name) {
        if (declared.contains(name)) {
            return Optional.of(TypeRef.declared(name));
        }
        for (String imported : imports) {
            if (imported.endsWith("." + name)) {
                Optional<Class<?>> type = loadAllowingNested(imported);
                if (type.isPresent()) {
                    return type.map(TypeRef::of);
                }
            }
        }
        Optional<Class<?>> inPackage = load(packageName + "." + name);
        if (inPackage.isPresent()) {
            return inPackage.map(TypeRef::of);
        }
        for (String imported : imports) {
            if (imported.endsWith(".*")) {
                Optional<Class<?>> type =
                        loadAllowingNested(imported.substring(0, imported.length() - 1) + name);
                if (type.isPresent()) {
                    return type.map(TypeRef::of);
                }
            }
        }
        return load("java.lang." + name).map(TypeRef::of);
    }

    /** The type of a static field ({@code System.out}: {@code PrintStream}), if the type has it. */
    static Optional<Class<?>> staticField(Class<?> owner, String field) {
        try {
            java.lang.reflect.Field found = owner.getField(field);
            return Modifier.isStatic(found.getModifiers())
                    ? Optional.of(found.getType())
                    : Optional.empty();
        } catch (NoSuchFieldException | SecurityException | LinkageError e) {
            return Optional.empty();
        }
    }

    /** What a method returns when every public method of that name returns the same type. */
    static Optional<Class<?>> returnType(Class<?> owner, String method) {
        try {
            List<Class<?>> returned =
                    Arrays.stream(owner.getMethods())
                            .filter(m -> m.getName().equals(method))
                            .<Class<?>>map(Method::getReturnType)
                            .distinct()
                            .toList();
            return returned.size() == 1 && returned.get(0) != void.class
                    ? Optional.of(returned.get(0))
                    : Optional.empty();
        } catch (SecurityException | LinkageError e) {
            return Optional.empty();
        }
    }

    /**
     * {@code a.b.Outer.Inner} as the class {@code a.b.Outer$Inner}, as imports name nested types.
     */
    private Optional<Class<?>> loadAllowingNested(String name) {
        String binary = name;
        while (true) {
            Optional<Class<?>> type = load(binary);
            int dot = binary.lastIndexOf('.');
            if (type.isPresent() || dot < 0) {
                return type;
            }
            binary = binary.substring(0, dot) + "$" + binary.substring(dot + 1);
        }
    }

    /** The class of that binary name, loaded without running any of its code. */
    private Optional<Class<?>> load(String binaryName) {
        return loaded.computeIfAbsent(
                binaryName,
                name -> {
                    try {
                        return Optional.of(Class.forName(name, false, loader));
                    } catch (ClassNotFoundException | LinkageError notAType) {
                        return Optional.empty();
                    }
                });
    }
}
