package org.allyadvisor.facts;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.allyadvisor.text.EnumNames;

/**
 * The fact vocabulary of SPEC §2: every field an ally may carry, its type and range. One list
 * serves the readers (what to accept) and the engine (which fields are data gaps).
 */
public final class FactSchema {

    /** Ally-level paths that are not plain values of the ally record. */
    public static final String TIES = "ties";

    public static final String REGION_ACTIVITY = "region.emergingPowerActivity";
    public static final String META_AS_OF = "meta.asOf";

    private static final List<FactField> ALLY_FIELDS =
            List.of(
                    text("id", Ally::id),
                    text("name", Ally::name),
                    text("region", Ally::region),
                    textList("memberships", Ally::memberships),
                    number("budget.gdpUsdBn", 0.0, null, a -> a.budget().gdpUsdBn()),
                    number("budget.defenseUsdM", 0.0, null, a -> a.budget().defenseUsdM()),
                    number("budget.defensePctGdp", 0.0, 100.0, a -> a.budget().defensePctGdp()),
                    number("budget.equipmentPct", 0.0, 100.0, a -> a.budget().equipmentPct()),
                    number("budget.realChangePct", -100.0, null, a -> a.budget().realChangePct()),
                    numberByYear(
                            "budget.realChangeByYear",
                            -100.0,
                            null,
                            a -> a.budget().realChangeByYear()),
                    number(
                            "usSupport.assistanceUsdM",
                            0.0,
                            null,
                            a -> a.usSupport().assistanceUsdM()),
                    enumeration(
                            "usSupport.dependence",
                            Dependence.class,
                            a -> a.usSupport().dependence()),
                    integer("usSupport.usTroops", 0, null, a -> a.usSupport().usTroops()),
                    number(
                            "usSupport.usShareOfArmsImportsPct",
                            0.0,
                            100.0,
                            a -> a.usSupport().usShareOfArmsImportsPct()),
                    number(
                            "usSupport.armsImportsTiv",
                            0.0,
                            null,
                            a -> a.usSupport().armsImportsTiv()),
                    integer("interoperability.score", 0, 100, a -> a.interoperability().score()),
                    integer(
                            "interoperability.jointExercisesPerYear",
                            0,
                            null,
                            a -> a.interoperability().jointExercisesPerYear()),
                    textList(
                            "interoperability.intelSharing",
                            a -> a.interoperability().intelSharing()),
                    integer(
                            "capabilities.cyberDefense",
                            1,
                            5,
                            a -> a.capabilities().cyberDefense()),
                    integer(
                            "capabilities.missileDefense",
                            1,
                            5,
                            a -> a.capabilities().missileDefense()),
                    integer("capabilities.unmanned", 1, 5, a -> a.capabilities().unmanned()),
                    integer("threat.level", 1, 5, a -> a.threat().level()),
                    enumList("threat.domains", ThreatDomain.class, a -> a.threat().domains()),
                    integer(
                            "diplomacy.strategicDialogues",
                            0,
                            null,
                            a -> a.diplomacy().strategicDialogues()),
                    bool("diplomacy.usDialogue", a -> a.diplomacy().usDialogue()));

    /** The fields of one tie, as nested under an ally ({@code partner}) or as a row of ties.csv. */
    public static final List<String> TIE_FIELDS = List.of("partner", "kind", "strength");

    public static final int MIN_TIE_STRENGTH = 1;
    public static final int MAX_TIE_STRENGTH = 5;
    public static final int MIN_ACTIVITY = 1;
    public static final int MAX_ACTIVITY = 5;

    /**
     * The years a by-year field may name: wide enough for any defense statistics, narrow enough to
     * catch typos.
     */
    public static final int MIN_YEAR = 1900;

    public static final int MAX_YEAR = 2100;

    private static final java.util.regex.Pattern ALLY_ID =
            java.util.regex.Pattern.compile("[A-Z]{3}");

    /** What {@link #isAllyId} accepts, in words for messages. */
    public static final String ALLY_ID_TEXT = "a 3-letter ISO 3166-1 alpha-3 code";

    private static final java.util.Set<String> IDENTITY = java.util.Set.of("id", "name", "region");

    private static final Map<String, FactField> BY_PATH =
            ALLY_FIELDS.stream()
                    .collect(Collectors.toUnmodifiableMap(FactField::path, Function.identity()));

    private FactSchema() {}

    /** Every field of an ally but its ties, in the order of SPEC §2. */
    public static List<FactField> allyFields() {
        return ALLY_FIELDS;
    }

    public static Optional<FactField> field(String path) {
        return Optional.ofNullable(BY_PATH.get(path));
    }

    /** The sections an ally may have ({@code budget}, {@code usSupport}, ...), in order. */
    public static List<String> sections() {
        return ALLY_FIELDS.stream()
                .map(FactField::section)
                .filter(s -> !s.isEmpty())
                .distinct()
                .toList();
    }

    /**
     * Whether a value the rules may need is given for an ally of a fact set. Knows the ally's own
     * fields plus {@link #TIES}, {@link #REGION_ACTIVITY} and {@link #META_AS_OF}. A value the
     * rules derive when it is not given (a dependence from arms imports) or read only in part (the
     * years of a trend) may be known without being given: the engine's {@code KnownFacts} says so.
     */
    public static boolean isKnown(String path, Ally ally, FactSet facts) {
        return switch (path) {
            case TIES -> ally.ties() != null;
            case REGION_ACTIVITY ->
                    facts.region(ally.region())
                            .map(r -> r.emergingPowerActivity() != null)
                            .orElse(false);
            case META_AS_OF -> facts.meta().asOf() != null;
            default ->
                    field(path)
                            .map(f -> f.value().apply(ally) != null)
                            .orElseThrow(
                                    () ->
                                            new IllegalArgumentException(
                                                    "unknown fact field '" + path + "'"));
        };
    }

    /**
     * Whether {@code id} may name an ally: {@value #ALLY_ID_TEXT} in capitals, such as {@code POL}.
     */
    public static boolean isAllyId(String id) {
        return id != null && ALLY_ID.matcher(id).matches();
    }

    /** Whether {@code year} may be a key of a by-year field. */
    public static boolean isYear(int year) {
        return year >= MIN_YEAR && year <= MAX_YEAR;
    }

    /** Whether {@code path} names something {@link #isKnown} can answer. */
    public static boolean isFactPath(String path) {
        return BY_PATH.containsKey(path)
                || path.equals(TIES)
                || path.equals(REGION_ACTIVITY)
                || path.equals(META_AS_OF);
    }

    /** The ally's values by path, every field but id, name and region; a gap is null. */
    public static Map<String, Object> values(Ally ally) {
        Map<String, Object> values = new java.util.HashMap<>();
        for (FactField field : ALLY_FIELDS) {
            if (!IDENTITY.contains(field.path())) {
                values.put(field.path(), field.value().apply(ally));
            }
        }
        return values;
    }

    /**
     * An ally from its values by path. Enum values may be given as the constant or its name, as a
     * reader has them.
     */
    @SuppressWarnings("unchecked")
    public static Ally ally(
            String id, String name, String region, Map<String, Object> v, List<Tie> ties) {
        List<Object> domains = (List<Object>) v.get("threat.domains");
        return Ally.builder(id, name, region)
                .memberships((List<String>) v.get("memberships"))
                .budget(
                        new Budget(
                                (Double) v.get("budget.gdpUsdBn"),
                                (Double) v.get("budget.defenseUsdM"),
                                (Double) v.get("budget.defensePctGdp"),
                                (Double) v.get("budget.equipmentPct"),
                                (Double) v.get("budget.realChangePct"),
                                (Map<Integer, Double>) v.get("budget.realChangeByYear")))
                .usSupport(
                        new UsSupport(
                                (Double) v.get("usSupport.assistanceUsdM"),
                                constant(Dependence.class, v.get("usSupport.dependence")),
                                (Integer) v.get("usSupport.usTroops"),
                                (Double) v.get("usSupport.usShareOfArmsImportsPct"),
                                (Double) v.get("usSupport.armsImportsTiv")))
                .interoperability(
                        new Interoperability(
                                (Integer) v.get("interoperability.score"),
                                (Integer) v.get("interoperability.jointExercisesPerYear"),
                                (List<String>) v.get("interoperability.intelSharing")))
                .capabilities(
                        new Capabilities(
                                (Integer) v.get("capabilities.cyberDefense"),
                                (Integer) v.get("capabilities.missileDefense"),
                                (Integer) v.get("capabilities.unmanned")))
                .threat(
                        new Threat(
                                (Integer) v.get("threat.level"),
                                domains == null
                                        ? null
                                        : domains.stream()
                                                .map(d -> constant(ThreatDomain.class, d))
                                                .toList()))
                .diplomacy(
                        new Diplomacy(
                                (Integer) v.get("diplomacy.strategicDialogues"),
                                (Boolean) v.get("diplomacy.usDialogue")))
                .ties(ties)
                .build();
    }

    /**
     * The ally with the values of {@code changes} in place of its own (null makes a field a gap).
     */
    public static Ally with(Ally ally, Map<String, Object> changes) {
        Map<String, Object> values = values(ally);
        values.putAll(changes);
        return ally(ally.id(), ally.name(), ally.region(), values, ally.ties());
    }

    private static <E extends Enum<E>> E constant(Class<E> type, Object value) {
        if (value == null || type.isInstance(value)) {
            return type.cast(value);
        }
        return Enum.valueOf(type, (String) value);
    }

    private static FactField text(String path, Function<Ally, Object> value) {
        return new FactField(path, FieldType.TEXT, null, null, List.of(), value);
    }

    private static FactField textList(String path, Function<Ally, Object> value) {
        return new FactField(path, FieldType.TEXT_LIST, null, null, List.of(), value);
    }

    private static FactField number(
            String path, Double min, Double max, Function<Ally, Object> value) {
        return new FactField(path, FieldType.NUMBER, min, max, List.of(), value);
    }

    private static FactField integer(
            String path, Integer min, Integer max, Function<Ally, Object> value) {
        return new FactField(
                path,
                FieldType.INTEGER,
                min == null ? null : min.doubleValue(),
                max == null ? null : max.doubleValue(),
                List.of(),
                value);
    }

    private static FactField numberByYear(
            String path, Double min, Double max, Function<Ally, Object> value) {
        return new FactField(path, FieldType.NUMBER_BY_YEAR, min, max, List.of(), value);
    }

    private static FactField bool(String path, Function<Ally, Object> value) {
        return new FactField(path, FieldType.BOOLEAN, null, null, List.of(), value);
    }

    private static FactField enumeration(
            String path, Class<? extends Enum<?>> type, Function<Ally, Object> value) {
        return new FactField(path, FieldType.ENUM, null, null, EnumNames.of(type), value);
    }

    private static FactField enumList(
            String path, Class<? extends Enum<?>> type, Function<Ally, Object> value) {
        return new FactField(path, FieldType.ENUM_LIST, null, null, EnumNames.of(type), value);
    }
}
