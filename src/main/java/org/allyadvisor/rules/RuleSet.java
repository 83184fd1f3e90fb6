package org.allyadvisor.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.allyadvisor.facts.SupportLevel;
import org.allyadvisor.policy.Thresholds;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;

/**
 * A compiled rule set: the rules of one folder (or the built-in copy) with their thresholds and
 * catalogue. Load it once; it is immutable and safe to share between threads, each assessment
 * taking a session of its own.
 */
public final class RuleSet {

    static final String BUILT_IN = "built-in";

    private final String source;
    private final String sha256;
    private final Thresholds thresholds;
    private final Map<SupportLevel, Thresholds> underSupport;
    private final List<RuleInfo> rules;
    private final Map<String, RuleInfo> byName;
    private final Map<String, List<RuleInfo>> catalogueById;
    private final KieBase kieBase;
    private final Map<String, RuleCatalogue.RuleRefLocation> locations;
    private final List<RuleWarning> warnings;
    private final boolean precompiled;
    private final Supplier<RuleConditions> conditions;
    private final List<RuleFile> tables;
    private final Set<String> statedMeasures;

    /**
     * @param conditions     read when first asked for: a precompiled rule set reads its rule code only
     *                       when a failed condition is to be traced
     * @param statedMeasures the distance measures the rule code states, kept with a compiled copy
     */
    RuleSet(String source, String sha256, ThresholdsReader.Read thresholds, List<RuleInfo> rules, KieBase kieBase,
            Map<String, RuleCatalogue.RuleRefLocation> locations, List<RuleWarning> warnings, boolean precompiled,
            Supplier<RuleConditions> conditions, List<RuleFile> tables, Set<String> statedMeasures) {
        this.source = source;
        this.sha256 = sha256;
        this.thresholds = thresholds.written();
        this.underSupport = Map.copyOf(thresholds.underSupport());
        this.rules = List.copyOf(rules);
        this.byName = rules.stream().collect(Collectors.toUnmodifiableMap(RuleInfo::name, Function.identity()));
        this.catalogueById = Collections.unmodifiableMap(rules.stream().filter(RuleInfo::isCatalogued)
                .collect(Collectors.groupingBy(RuleInfo::id, TreeMap::new, Collectors.toUnmodifiableList())));
        this.kieBase = kieBase;
        this.locations = Map.copyOf(locations);
        this.warnings = List.copyOf(warnings);
        this.precompiled = precompiled;
        this.conditions = memoized(conditions);
        this.tables = List.copyOf(tables);
        this.statedMeasures = Set.copyOf(statedMeasures);
    }

    private static <T> Supplier<T> memoized(Supplier<T> supplier) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = supplier.get();
                }
                return value;
            }
        };
    }

    /** The same rule set with {@code more} warnings, all in file and line order. */
    private RuleSet withWarnings(List<RuleWarning> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<RuleWarning> all = new java.util.ArrayList<>(warnings);
        all.addAll(more);
        all.sort(java.util.Comparator.comparing(RuleWarning::file).thenComparingInt(RuleWarning::line));
        return new RuleSet(source, sha256, new ThresholdsReader.Read(thresholds, underSupport), rules, kieBase,
                locations, all, precompiled, conditions, tables, statedMeasures);
    }

    /** The rule files and thresholds of a folder, as policy staff edit them, compiled. */
    public static RuleSet load(Path folder) throws RuleSetException {
        return RuleSetLoader.load(RuleFiles.fromFolder(folder), shown(folder))
                .withWarnings(RuleFiles.unknownFiles(folder, RuleFiles.shownAs(folder)));
    }

    /**
     * The same, read from {@code cache} when the folder has not changed since it was last
     * compiled there, and kept there when it is compiled.
     */
    public static RuleSet load(Path folder, CompiledRuleCache cache) throws RuleSetException {
        return cache.load(RuleFiles.fromFolder(folder), shown(folder))
                .withWarnings(RuleFiles.unknownFiles(folder, RuleFiles.shownAs(folder)));
    }

    private static String shown(Path folder) {
        String shown = folder.toString();
        return shown.endsWith("/") ? shown : shown + "/";
    }

    /** The id of this build of the program, if it was built with one (a Maven build is). */
    static Optional<String> buildId() {
        try (InputStream id = RuleSet.class.getClassLoader().getResourceAsStream(RuleFiles.BUILD_ID)) {
            return id == null ? Optional.empty()
                    : Optional.of(new String(id.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * The rule set built into this program: {@code rules/} as it was at build time, compiled by
     * the build so that it loads without compiling.
     */
    public static RuleSet builtIn() throws RuleSetException {
        List<RuleFile> files = RuleFiles.builtIn();
        InputStream compiled = RuleSet.class.getClassLoader().getResourceAsStream(RuleFiles.BUILT_IN_COMPILED);
        return compiled == null ? RuleSetLoader.load(files, BUILT_IN) : RuleSetLoader.load(files, BUILT_IN, compiled);
    }

    /** Whether this rule set was read already compiled (built in, or from a cache) rather than compiled now. */
    public boolean precompiled() {
        return precompiled;
    }

    /** Writes this rule set compiled, for {@link #builtIn()} to read back; used by the build. */
    void writeCompiled(OutputStream target) throws IOException {
        CompiledRules.write(target, sha256, kieBase, locations, warnings, statedMeasures);
    }

    /** Where the rules came from: the folder as given ({@code rules/}) or {@code built-in}. */
    public String source() {
        return source;
    }

    /** A SHA-256 over every file of the rule set, so a result names exactly the rules behind it. */
    public String sha256() {
        return sha256;
    }

    /** The thresholds as written, before any support scenario changes them. */
    public Thresholds thresholds() {
        return thresholds;
    }

    /** The thresholds as they hold under a US support scenario: its overrides applied. */
    public Thresholds thresholds(SupportLevel level) {
        return underSupport.get(level);
    }

    /**
     * What the rule set does that its reader should know of, in file and line order: each call in
     * rule code outside what rules may call ({@code System.exit}, file writes, ...), and each file
     * in the rule folder that is no kind of rule file and so was not read. A rule set is
     * code; this is a lint that names such calls, not a sandbox that stops them. The built-in
     * rules have none.
     */
    public List<RuleWarning> warnings() {
        return warnings;
    }

    /** The decision tables of the rule set, for the checks that read their cells ({@link DecisionTableChecks}). */
    List<RuleFile> tables() {
        return tables;
    }

    /** Every rule, classification rules included, in file and line order. */
    public List<RuleInfo> rules() {
        return rules;
    }

    /** The rules that give advice, in file and line order. */
    public List<RuleInfo> catalogue() {
        return rules.stream().filter(RuleInfo::isCatalogued).toList();
    }

    /** The catalogued rules by catalogue id, ids in sorted order: one id may be written as several rules. */
    public Map<String, List<RuleInfo>> catalogueById() {
        return catalogueById;
    }

    public Optional<RuleInfo> rule(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /**
     * The first rule, in file and line order, whose conditions contain {@code text} as written
     * (spaces aside): the engine's way to a rule when Drools reports a failed condition only by its text.
     */
    public Optional<RuleInfo> ruleWithCondition(String text) {
        return conditions.get().containing(text);
    }

    /** A new rule session for one assessment; for the engine. */
    public KieSession newSession() {
        return kieBase.newKieSession();
    }
}
