package org.allyadvisor.engine;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.allyadvisor.facts.Ally;
import org.allyadvisor.facts.Region;
import org.allyadvisor.facts.Tie;

/**
 * Which allies a fact in working memory is about, by the fact vocabulary rather than by any rule:
 * an {@link Ally} is about itself, a {@link Tie} about both its ends, a {@link Region} about the
 * allies in it, and any other fact with an {@code ally} field (a capability level, a classification
 * the rules derived) about that ally. Policy sections, the scenario and computed values are about
 * no ally.
 */
final class AllyScope {

    /** The accessor of each class's {@code ally} field, or a marker that it has none. */
    private static final Map<Class<?>, Method> ALLY_FIELD = new ConcurrentHashMap<>();

    private static final Method NONE;

    static {
        try {
            NONE = Object.class.getMethod("toString");
        } catch (NoSuchMethodException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private AllyScope() {}

    /**
     * The allies a fact names itself; empty for a fact about no single ally (a region, a policy
     * section).
     */
    static List<String> named(Object fact) {
        if (fact instanceof Ally ally) {
            return List.of(ally.id());
        }
        if (fact instanceof Tie tie) {
            return List.of(tie.ally(), tie.partner());
        }
        if (fact == null
                || fact instanceof String
                || fact instanceof Number
                || fact instanceof Enum<?>
                || fact instanceof Iterable<?>
                || fact instanceof Map<?, ?>) {
            return List.of();
        }
        Method accessor = ALLY_FIELD.computeIfAbsent(fact.getClass(), AllyScope::allyAccessor);
        if (accessor == NONE) {
            return List.of();
        }
        try {
            Object ally = accessor.invoke(fact);
            return ally instanceof String id ? List.of(id) : List.of();
        } catch (ReflectiveOperationException | RuntimeException e) {
            return List.of();
        }
    }

    /**
     * Whether facts of a type name allies themselves (an ally, a tie, a fact with an {@code ally}
     * field).
     */
    static boolean namesAllies(Class<?> type) {
        return type != null
                && (Ally.class.isAssignableFrom(type)
                        || Tie.class.isAssignableFrom(type)
                        || ALLY_FIELD.computeIfAbsent(type, AllyScope::allyAccessor) != NONE);
    }

    /** The region a fact stands for, or null: a {@link Region} is about every ally in it. */
    static String region(Object fact) {
        return fact instanceof Region region ? region.id() : null;
    }

    private static Method allyAccessor(Class<?> type) {
        for (String name : List.of("getAlly", "ally")) {
            try {
                Method method = type.getMethod(name);
                if (method.getReturnType() == String.class
                        && !Modifier.isStatic(method.getModifiers())) {
                    return method;
                }
            } catch (NoSuchMethodException e) {
                // try the next spelling
            }
        }
        return NONE;
    }

    /**
     * Whether a match of a rule's first conditions is about {@code ally}: its first fact that names
     * allies names it (later facts may be its partners), or no fact names an ally and its regions,
     * if any, include the ally's.
     *
     * @param facts the match's facts, in the order of the conditions that matched them
     */
    static boolean about(List<Object> facts, Ally ally) {
        List<String> regions = new ArrayList<>();
        for (Object fact : facts) {
            List<String> named = named(fact);
            if (!named.isEmpty()) {
                return named.contains(ally.id());
            }
            String region = region(fact);
            if (region != null) {
                regions.add(region);
            }
        }
        return regions.isEmpty() || regions.contains(ally.region());
    }
}
