package org.allyadvisor.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kie.api.KieBase;
import org.kie.api.definition.type.FactField;
import org.kie.api.definition.type.FactType;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.KieSession;
import org.kie.internal.builder.CompositeKnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;

/**
 * A rule set compiled together with the diagnostic queries of its rules ({@link ProbeWriter}): the
 * same rules fire in a session of it as in an assessment, and the queries then say how far each
 * rule's conditions hold. Compiled only when asked ({@code explain}), so an assessment never pays
 * for it. Immutable; sessions may be taken from many threads.
 */
public final class ProbedRules {

    private static final String PROBES_PATH = "ally-advisor-probes/";

    private final KieBase kieBase;
    private final List<Probe> probes;
    private final Map<String, List<LhsElement>> conditions;
    private final Map<String, List<String>> producers;
    private final List<String> imports;
    private final Map<String, String> declared;

    private ProbedRules(KieBase kieBase, List<Probe> probes, ProbeWriter.Written written) {
        this.kieBase = kieBase;
        this.imports = List.copyOf(written.imports());
        this.declared = Map.copyOf(written.declared());
        Map<String, List<LhsElement>> conditions = written.conditions();
        Map<String, List<String>> producers = written.producers();
        this.probes = List.copyOf(probes);
        this.conditions = Map.copyOf(conditions);
        this.producers = Map.copyOf(producers);
    }

    /**
     * Compiles {@code files} (a rule set that compiled already) with their probes. A probe that
     * Drools will not compile (a condition form the writer cannot split) is left out, and its rule
     * is then explained by the probes that remain.
     */
    static ProbedRules compile(List<RuleFile> files) throws RuleSetException {
        ProbeWriter.Written written = ProbeWriter.write(files);
        Set<String> dropped = new HashSet<>();
        for (int attempt = 0; ; attempt++) {
            KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
            CompositeKnowledgeBuilder batch = builder.batch();
            for (RuleFile file : files.stream().filter(f -> f.kind().holdsRules()).toList()) {
                batch.add(
                        ResourceFactory.newByteArrayResource(
                                        file.text().getBytes(StandardCharsets.UTF_8))
                                .setSourcePath(file.path()),
                        ResourceType.DRL);
            }
            batch.add(
                    ResourceFactory.newClassPathResource(
                            RuleSetLoader.ENGINE_QUERIES, ProbedRules.class.getClassLoader()),
                    ResourceType.DRL);
            List<Probe> kept = new ArrayList<>();
            written.drlByPackage()
                    .forEach(
                            (pkg, drl) -> {
                                StringBuilder text = new StringBuilder();
                                // a dropped probe's query is blanked line for line, so that the
                                // others keep their lines
                                String[] lines = drl.split("\n", -1);
                                boolean[] blank = new boolean[lines.length + 1];
                                for (ProbeWriter.ProbeAt at : written.probesByPackage().get(pkg)) {
                                    if (dropped.contains(at.probe().name())) {
                                        for (int line = at.firstLine();
                                                line <= at.lastLine();
                                                line++) {
                                            blank[line - 1] = true;
                                        }
                                    } else {
                                        kept.add(at.probe());
                                    }
                                }
                                for (int i = 0; i < lines.length; i++) {
                                    text.append(blank[i] ? "" : lines[i])
                                            .append(i + 1 < lines.length ? "\n" : "");
                                }
                                batch.add(
                                        ResourceFactory.newByteArrayResource(
                                                        text.toString()
                                                                .getBytes(StandardCharsets.UTF_8))
                                                .setSourcePath(PROBES_PATH + pkg + ".drl"),
                                        ResourceType.DRL);
                            });
            batch.build();
            if (!builder.hasErrors()) {
                return new ProbedRules(builder.newKieBase(), kept, written);
            }
            Set<String> failing = failingProbes(builder.getErrors(), written);
            if (attempt > 0
                    || failing.isEmpty()
                    || !failing.stream().allMatch(p -> !dropped.contains(p))) {
                throw new RuleSetException(
                        DroolsMessages.problems(builder.getErrors(), "probes", files, files));
            }
            dropped.addAll(failing);
        }
    }

    /** Writes the compiled rules and queries, for {@link #read} to read back; used by the build. */
    void write(OutputStream target, String sha256) throws IOException {
        CompiledRules.write(target, fingerprint(sha256), kieBase, Map.of(), List.of(), Set.of());
    }

    /**
     * The probed rules of {@code files} from what {@link #write} wrote for exactly these files, or
     * null when the bytes are another format's or another rule set's. The queries are written anew
     * from the files (that is parsing, not compiling); those the compiled base lacks are left out.
     */
    static ProbedRules read(List<RuleFile> files, String sha256, InputStream compiled)
            throws IOException, ClassNotFoundException {
        CompiledRules.Loaded loaded = CompiledRules.read(compiled, fingerprint(sha256));
        if (loaded == null) {
            return null;
        }
        ProbeWriter.Written written = ProbeWriter.write(files);
        Set<String> queries = new HashSet<>();
        loaded.kieBase()
                .getKiePackages()
                .forEach(p -> p.getQueries().forEach(q -> queries.add(q.getName())));
        List<Probe> kept = new ArrayList<>();
        written.probesByPackage()
                .values()
                .forEach(
                        all ->
                                all.stream()
                                        .map(ProbeWriter.ProbeAt::probe)
                                        .filter(p -> queries.contains(p.name()))
                                        .forEach(kept::add));
        return new ProbedRules(loaded.kieBase(), kept, written);
    }

    /** What a compiled probed rule base is kept under: never taken for the rule set alone. */
    private static String fingerprint(String sha256) {
        return sha256 + "/probes";
    }

    private static Set<String> failingProbes(
            Iterable<KnowledgeBuilderError> errors, ProbeWriter.Written written) {
        Set<String> failing = new HashSet<>();
        for (KnowledgeBuilderError error : errors) {
            String path = error.getResource() == null ? null : error.getResource().getSourcePath();
            if (path == null || !path.startsWith(PROBES_PATH)) {
                continue;
            }
            String pkg = path.substring(PROBES_PATH.length(), path.length() - ".drl".length());
            int[] lines = error.getLines() == null ? new int[0] : error.getLines();
            for (ProbeWriter.ProbeAt at : written.probesByPackage().getOrDefault(pkg, List.of())) {
                for (int line : lines) {
                    if (line >= at.firstLine() && line <= at.lastLine()) {
                        failing.add(at.probe().name());
                    }
                }
            }
        }
        return failing;
    }

    /** A new session of the rules and their probes; for the engine. */
    public KieSession newSession() {
        return kieBase.newKieSession();
    }

    /** Every probe, rule by rule, each rule's in the order of its conditions. */
    public List<Probe> probes() {
        return probes;
    }

    /** A rule's conditions as written, in order; empty for a rule the probes do not know. */
    public List<LhsElement> conditions(String rule) {
        return conditions.getOrDefault(rule, List.of());
    }

    /** The classes the rule files import, by full name: the names their conditions use. */
    public List<String> imports() {
        return imports;
    }

    /**
     * The class loader that knows the rule files' declared types as well as the program's classes.
     */
    public ClassLoader classLoader() {
        return ((org.drools.kiesession.rulebase.InternalKnowledgeBase) kieBase)
                .getRootClassLoader();
    }

    /**
     * The fields of a fact whose type the rule files declare (a classification such as {@code
     * SpendingBelowFloor}), in the order declared, with their values; empty for any other fact.
     */
    public Map<String, Object> declaredFields(Object fact) {
        String pkg = fact == null ? null : declared.get(fact.getClass().getSimpleName());
        FactType type =
                pkg == null ? null : kieBase.getFactType(pkg, fact.getClass().getSimpleName());
        if (type == null || type.getFactClass() != fact.getClass()) {
            return Map.of();
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        for (FactField field : type.getFields()) {
            fields.put(field.getName(), field.get(fact));
        }
        return fields;
    }

    /**
     * The class of a fact type the rule files name by its simple name: a type they declare or
     * import; null if neither.
     */
    public Class<?> typeNamed(String simpleName) {
        String pkg = declared.get(simpleName);
        if (pkg != null) {
            FactType type = kieBase.getFactType(pkg, simpleName);
            return type == null ? null : type.getFactClass();
        }
        for (String imported : imports) {
            if (imported.equals(simpleName) || imported.endsWith("." + simpleName)) {
                try {
                    return Class.forName(imported, false, classLoader());
                } catch (ClassNotFoundException | LinkageError e) {
                    return null;
                }
            }
        }
        return null;
    }

    /**
     * The rules whose consequences construct a fact of {@code type} (a simple name): its producers.
     */
    public List<String> producers(String type) {
        return producers.getOrDefault(type, List.of());
    }
}
