package org.allyadvisor.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
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
    private final List<RuleFile> files;

    /**
     * Every rule file as DRL: DSL sentences expanded, decision tables generated; read when first
     * asked for.
     */
    private final Supplier<List<RuleFile>> code;

    private final Set<String> statedMeasures;
    private final SourceTexts sources;

    /**
     * The rule set this one differs from in a threshold only (see {@link #withThreshold}), whose
     * compiled probes it shares; null for a rule set read from its files.
     */
    private final RuleSet thresholdsChangedFrom;

    /**
     * Where each number of the thresholds file is written; read once, for {@link #withThreshold}.
     */
    private final Supplier<ThresholdEdit> numbers;

    /** Compiled on first use: only {@code explain} needs it. */
    private volatile ProbedRules probed;

    RuleSet(
            String source,
            String sha256,
            ThresholdsReader.Read thresholds,
            List<RuleInfo> rules,
            KieBase kieBase,
            Map<String, RuleCatalogue.RuleRefLocation> locations,
            List<RuleWarning> warnings,
            boolean precompiled,
            Supplier<RuleConditions> conditions,
            List<RuleFile> files,
            Set<String> statedMeasures) {
        this.source = source;
        this.sha256 = sha256;
        this.thresholds = thresholds.written();
        this.underSupport = Map.copyOf(thresholds.underSupport());
        this.rules = List.copyOf(rules);
        this.byName =
                rules.stream()
                        .collect(Collectors.toUnmodifiableMap(RuleInfo::name, Function.identity()));
        this.catalogueById =
                Collections.unmodifiableMap(
                        rules.stream()
                                .filter(RuleInfo::isCatalogued)
                                .collect(
                                        Collectors.groupingBy(
                                                RuleInfo::id,
                                                TreeMap::new,
                                                Collectors.toUnmodifiableList())));
        this.kieBase = kieBase;
        this.locations = Map.copyOf(locations);
        this.warnings = List.copyOf(warnings);
        this.precompiled = precompiled;
        this.conditions = memoized(conditions);
        this.files = List.copyOf(files);
        this.code = memoized(() -> RuleSources.of(this.files).code());
        this.statedMeasures = Set.copyOf(statedMeasures);
        this.sources = new SourceTexts(List.of());
        this.thresholdsChangedFrom = null;
        this.numbers = memoized(this::readNumbers);
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
        all.sort(
                java.util.Comparator.comparing(RuleWarning::file)
                        .thenComparingInt(RuleWarning::line));
        return new RuleSet(
                source,
                sha256,
                new ThresholdsReader.Read(thresholds, underSupport),
                rules,
                kieBase,
                locations,
                all,
                precompiled,
                conditions,
                files,
                statedMeasures);
    }

    /** The same rule set, citing these source documents. */
    private RuleSet(RuleSet rules, SourceTexts sources) {
        this.source = rules.source;
        this.sha256 = rules.sha256;
        this.thresholds = rules.thresholds;
        this.underSupport = rules.underSupport;
        this.rules = rules.rules;
        this.byName = rules.byName;
        this.catalogueById = rules.catalogueById;
        this.kieBase = rules.kieBase;
        this.locations = rules.locations;
        this.warnings = rules.warnings;
        this.precompiled = rules.precompiled;
        this.conditions = rules.conditions;
        this.files = rules.files;
        this.code = rules.code;
        this.statedMeasures = rules.statedMeasures;
        this.sources = sources;
        this.thresholdsChangedFrom = rules.thresholdsChangedFrom;
        this.numbers = rules.numbers;
    }

    /**
     * {@code rules} with its thresholds file as {@code files} have it and read as {@code
     * thresholds}.
     */
    private RuleSet(RuleSet rules, List<RuleFile> files, ThresholdsReader.Read thresholds) {
        this.source = rules.source;
        this.sha256 = RuleSetLoader.sha256(files);
        this.thresholds = thresholds.written();
        this.underSupport = Map.copyOf(thresholds.underSupport());
        this.rules = rules.rules;
        this.byName = rules.byName;
        this.catalogueById = rules.catalogueById;
        this.kieBase = rules.kieBase;
        this.locations = rules.locations;
        this.warnings = rules.warnings;
        this.precompiled = rules.precompiled;
        this.conditions = rules.conditions;
        this.files = List.copyOf(files);
        this.code = rules.code; // the thresholds file is no rule code: DRL, DSL and tables are
        // unchanged
        this.statedMeasures = rules.statedMeasures;
        this.sources = rules.sources;
        this.thresholdsChangedFrom =
                rules.thresholdsChangedFrom != null ? rules.thresholdsChangedFrom : rules;
        this.numbers = memoized(this::readNumbers);
    }

    private ThresholdEdit readNumbers() {
        return ThresholdEdit.of(thresholdsFile().map(RuleFile::text).orElse(""));
    }

    /** The rule files and thresholds of a folder, as policy staff edit them, compiled. */
    public static RuleSet load(Path folder) throws RuleSetException {
        Objects.requireNonNull(folder, "folder");
        return new RuleSet(
                RuleSetLoader.load(RuleFiles.fromFolder(folder), shown(folder))
                        .withWarnings(RuleFiles.unknownFiles(folder, RuleFiles.shownAs(folder))),
                RuleFiles.sources(folder));
    }

    /**
     * The same, read from {@code cache} when the folder has not changed since it was last compiled
     * there, and kept there when it is compiled.
     */
    public static RuleSet load(Path folder, CompiledRuleCache cache) throws RuleSetException {
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(cache, "cache");
        return new RuleSet(
                cache.load(RuleFiles.fromFolder(folder), shown(folder))
                        .withWarnings(RuleFiles.unknownFiles(folder, RuleFiles.shownAs(folder))),
                RuleFiles.sources(folder));
    }

    /**
     * The folder as it is now, taking the compiled rules of {@code earlier} (the same folder,
     * loaded before) when only its thresholds file changed since: thresholds are a fact the rules
     * read when they run, not part of their code. What lets a watch show a threshold edit without
     * compiling. Otherwise loaded as {@link #load(Path, CompiledRuleCache)} does, or without a
     * cache for null.
     */
    public static RuleSet reload(Path folder, RuleSet earlier, CompiledRuleCache cache)
            throws RuleSetException {
        List<RuleFile> files = RuleFiles.fromFolder(folder);
        String shown = shown(folder);
        RuleSet rules = earlier == null ? null : earlier.withThresholdsOf(files, shown);
        if (rules == null) {
            rules = cache == null ? RuleSetLoader.load(files, shown) : cache.load(files, shown);
        }
        return new RuleSet(
                rules.withWarnings(RuleFiles.unknownFiles(folder, RuleFiles.shownAs(folder))),
                RuleFiles.sources(folder));
    }

    /**
     * These rules with the thresholds file of {@code now}, when every other file of it is as this
     * rule set was compiled from; else null. The warnings of the rule code stay; those of files
     * beside it are the caller's to find again.
     */
    private RuleSet withThresholdsOf(List<RuleFile> now, String shownAs) {
        if (!source.equals(shownAs)
                || !RuleSetLoader.codeSha256(files).equals(RuleSetLoader.codeSha256(now))) {
            return null;
        }
        ThresholdsReader.Read read = RuleSetLoader.thresholdsBeside(now, statedMeasures);
        if (read == null) {
            return null;
        }
        Set<String> ruleFiles = now.stream().map(RuleFile::path).collect(Collectors.toSet());
        return new RuleSet(
                source,
                RuleSetLoader.sha256(now),
                read,
                rules,
                kieBase,
                locations,
                warnings.stream().filter(w -> ruleFiles.contains(w.file())).toList(),
                true,
                conditions,
                now,
                statedMeasures);
    }

    static String shown(Path folder) {
        String shown = folder.toString();
        return shown.endsWith("/") ? shown : shown + "/";
    }

    /** The id of this build of the program, if it was built with one (a Maven build is). */
    static Optional<String> buildId() {
        try (InputStream id =
                RuleSet.class.getClassLoader().getResourceAsStream(RuleFiles.BUILD_ID)) {
            return id == null
                    ? Optional.empty()
                    : Optional.of(
                            new String(id.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                                    .strip());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * The rule set built into this program: {@code rules/} as it was at build time, compiled by the
     * build so that it loads without compiling.
     */
    public static RuleSet builtIn() throws RuleSetException {
        RuleFiles.BuiltIn builtIn = RuleFiles.builtIn();
        List<RuleFile> files = builtIn.files();
        InputStream compiled =
                RuleSet.class.getClassLoader().getResourceAsStream(RuleFiles.BUILT_IN_COMPILED);
        RuleSet rules =
                compiled == null
                        ? RuleSetLoader.load(files, BUILT_IN)
                        : RuleSetLoader.load(files, BUILT_IN, compiled);
        return new RuleSet(rules, builtIn.sources());
    }

    /**
     * Whether this rule set was read already compiled (built in, or from a cache) rather than
     * compiled now.
     */
    public boolean precompiled() {
        return precompiled;
    }

    /** Writes this rule set compiled, for {@link #builtIn()} to read back; used by the build. */
    void writeCompiled(OutputStream target) throws IOException {
        CompiledRules.write(
                target,
                RuleSetLoader.codeSha256(files),
                kieBase,
                locations,
                warnings,
                statedMeasures);
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
     * rule code outside what rules may call ({@code System.exit}, file writes, ...). A rule set is
     * code; this is a lint that names such calls, not a sandbox that stops them. The built-in rules
     * have none.
     */
    public List<RuleWarning> warnings() {
        return warnings;
    }

    /**
     * The source documents the rules cite ({@code source/} of the rule folder: the article), read
     * as they are now, so that a passage can be checked against them; none when the folder has
     * none.
     */
    public SourceTexts sources() {
        return sources;
    }

    /** The rule files and thresholds file, as read; for the checks of {@link RuleSetChecks}. */
    List<RuleFile> files() {
        return files;
    }

    /**
     * Every rule file as the DRL it compiles as (DSL sentences expanded, decision tables
     * generated), each at its own path.
     */
    List<RuleFile> code() {
        return code.get();
    }

    /**
     * The decision tables of the rule set, for the checks that read their cells ({@code
     * DecisionTableChecks}).
     */
    List<RuleFile> tables() {
        return RuleSetLoader.tables(files);
    }

    /** Every rule, classification rules included, in file and line order. */
    public List<RuleInfo> rules() {
        return rules;
    }

    /** The rules that give advice, in file and line order. */
    public List<RuleInfo> catalogue() {
        return rules.stream().filter(RuleInfo::isCatalogued).toList();
    }

    /**
     * The catalogued rules by catalogue id, ids in sorted order: one id may be written as several
     * rules.
     */
    public Map<String, List<RuleInfo>> catalogueById() {
        return catalogueById;
    }

    /** The rule named {@code name} (its {@code rule "..."} text), or empty when there is none. */
    public Optional<RuleInfo> rule(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /**
     * The first rule, in file and line order, whose conditions contain {@code text} as written
     * (spaces aside): the engine's way to a rule when Drools reports a failed condition only by its
     * text.
     */
    public Optional<RuleInfo> ruleWithCondition(String text) {
        return conditions.get().containing(text);
    }

    /**
     * The rules compiled again with a diagnostic query for every prefix of every rule's conditions
     * (see {@link ProbedRules}), for explaining why a rule did or did not fire. Compiled on the
     * first call (it takes about as long as compiling the rule set) and kept.
     *
     * @throws RuleSetException when the rules and their probes do not compile together
     */
    public ProbedRules probed() throws RuleSetException {
        if (thresholdsChangedFrom != null) {
            return thresholdsChangedFrom
                    .probed(); // probes read thresholds as facts, as the rules do: same code
        }
        ProbedRules compiled = probed;
        if (compiled == null) {
            synchronized (this) {
                compiled = probed;
                if (compiled == null) {
                    compiled = BUILT_IN.equals(source) ? builtInProbed() : null;
                    if (compiled == null) {
                        compiled = ProbedRules.compile(code());
                    }
                    probed = compiled;
                }
            }
        }
        return compiled;
    }

    /**
     * The built-in rules' probes as the build compiled them, or null when this build has none for
     * these files.
     */
    private ProbedRules builtInProbed() {
        try (InputStream in =
                RuleSet.class.getClassLoader().getResourceAsStream(RuleFiles.BUILT_IN_PROBED)) {
            return in == null ? null : ProbedRules.read(code(), sha256, in);
        } catch (IOException | ClassNotFoundException | RuntimeException unusable) {
            return null; // compiled anew, as a stale copy must never be used
        }
    }

    /**
     * The conditions of a rule as written (its {@code when} part, spaces collapsed), so two
     * versions of a rule can be compared; empty when the rule is unknown or not written as text.
     */
    public String conditionText(String ruleName) {
        return conditions.get().of(ruleName);
    }

    /**
     * Every value of the thresholds file as written, by its path ({@code budget.natoFloorPct},
     * {@code supportLevels.MINIMAL.budget.largeAssistanceSharePct}, a list's items as {@code
     * path[0]}), in file order: the file read as a tree, so that two rule sets' thresholds can be
     * compared leaf by leaf.
     */
    public Map<String, String> thresholdValues() {
        return files.stream()
                .filter(f -> f.name().equals(RuleSetLoader.THRESHOLDS_FILE))
                .findFirst()
                .map(f -> ThresholdLeaves.of(f.text()))
                .orElse(Map.of());
    }

    /**
     * Every number of the thresholds file by path ({@code budget.floorPctGdp}, {@code
     * technology.requiredMaturity.5}, {@code
     * supportLevels.MINIMAL.overrides.risk.highThreatLevel}), in file order: what {@link
     * #withThreshold} can change.
     */
    public Map<String, NumericThreshold> numericThresholds() {
        return numbers.get().numbers();
    }

    /**
     * The thresholds ({@code section.name}) the rules read, in name order: changing any other
     * threshold of the rules' sections changes no rule's outcome (the engine's own sections, {@code
     * scoring} and {@code engine}, are read by the engine, not by rules).
     */
    public Set<String> thresholdsReadByRules() {
        return Collections.unmodifiableSet(
                new java.util.TreeSet<>(ThresholdUse.read(files, ParsedRules.of(code()))));
    }

    /**
     * This rule set as it would be if its thresholds file wrote {@code value} at {@code path} (a
     * path of {@link #numericThresholds()}), without compiling a rule: the file's text is changed
     * at that one number and read back by the same reader and checks as the file on disk, so a
     * value the file could not hold is refused with the same located message ({@code
     * rules/thresholds.yaml:14:16: budget.farBelowFloorPctGdp: must be at least 0 and below
     * budget.floorPctGdp (1.2)}). The result has its own fingerprint, and {@link
     * #thresholdValues()} shows the new value, so a comparison of the two names the change. Cheap
     * enough to call for every point of a search (a YAML read and the checks; the compiled rules
     * are shared).
     *
     * @throws IllegalArgumentException when the thresholds file writes no number at {@code path}
     * @throws RuleSetException when the thresholds, so changed, are refused
     * @throws NullPointerException naming {@code path} or {@code value} when it is null
     */
    public RuleSet withThreshold(String path, java.math.BigDecimal value) throws RuleSetException {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(value, "value");
        RuleFile file =
                thresholdsFile()
                        .orElseThrow(
                                () ->
                                        new IllegalArgumentException(
                                                "the rule set has no thresholds file"));
        String text = numbers.get().with(path, value);
        List<RuleFile> changed = new java.util.ArrayList<>(files.size());
        for (RuleFile f : files) {
            changed.add(f == file ? RuleFile.ofText(f.name(), f.path(), text) : f);
        }
        return new RuleSet(this, changed, ThresholdsReader.read(text, file.path(), statedMeasures));
    }

    /**
     * The thresholds in dispute, each with the range a study of how firm the advice is draws it
     * from: the {@code uncertainty} section of the thresholds file, in file order (checked when the
     * rule set was loaded); empty when it has none.
     */
    public List<ThresholdRange> thresholdRanges() {
        return thresholdsFile()
                .map(f -> List.copyOf(ThresholdRanges.of(f.text(), f.path())))
                .orElse(List.of());
    }

    private Optional<RuleFile> thresholdsFile() {
        return files.stream()
                .filter(f -> f.name().equals(RuleSetLoader.THRESHOLDS_FILE))
                .findFirst();
    }

    /** A new rule session for one assessment; for the engine. */
    public KieSession newSession() {
        return kieBase.newKieSession();
    }
}
