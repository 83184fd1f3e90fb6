package org.allyadvisor.rules;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.drools.core.impl.RuleBaseFactory;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.drools.wiring.api.classloader.ProjectClassLoader;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;

/**
 * A compiled rule base kept as bytes, so that the built-in rules need not be compiled at every
 * start (compiling is most of the CLI's cold start). Holds the fingerprint of the rule files it was
 * compiled from, the bytecode of the types the DRL declares (Drools keeps those in the builder's
 * class loader, not in the packages, and needs them before the packages can be read), where each
 * rule is written, and the compiled packages.
 *
 * <p>Reading is Java deserialization: only ever read what this program wrote into its own jar.
 */
final class CompiledRules {

    private static final String FORMAT = "ally-advisor/compiled-rules/4";

    /**
     * The classes a compiled rule base is made of: Drools' own, this program's, and the plain JDK
     * collections they use. Anything else in the stream is refused before it is built, so even
     * bytes that slipped past the cache's integrity check cannot name a class of another library.
     */
    static final ObjectInputFilter CLASSES =
            ObjectInputFilter.Config.createFilter(
                    String.join(
                            ";",
                            "java.lang.Object",
                            "java.lang.String",
                            "java.lang.Enum",
                            "java.lang.Boolean",
                            "java.lang.Number",
                            "java.lang.Integer",
                            "java.lang.Long",
                            "java.lang.Double",
                            "java.lang.Short",
                            "java.lang.Byte",
                            "java.lang.Character",
                            "java.lang.Float",
                            "java.util.*",
                            "java.util.concurrent.*",
                            "java.util.concurrent.atomic.*",
                            "java.util.concurrent.locks.*",
                            "org.drools.**",
                            "org.kie.**",
                            "org.mvel2.**",
                            "org.allyadvisor.**",
                            "!*"));

    /**
     * The package the rule files declare their types in (package org.allyadvisor.rules), as the
     * class store names them.
     */
    private static final String DECLARED_PACKAGE = "org/allyadvisor/rules/";

    /** What a compiled rule base needs beside its packages to become a {@link RuleSet}. */
    record Loaded(
            KieBase kieBase,
            Map<String, RuleCatalogue.RuleRefLocation> locations,
            List<RuleWarning> warnings,
            Set<String> statedMeasures) {}

    private CompiledRules() {}

    /**
     * @param codeSha256 the fingerprint of the rule code it was compiled from, thresholds aside
     */
    static void write(
            OutputStream target,
            String codeSha256,
            KieBase kieBase,
            Map<String, RuleCatalogue.RuleRefLocation> locations,
            List<RuleWarning> warnings,
            Set<String> statedMeasures)
            throws IOException {
        ProjectClassLoader declaring =
                (ProjectClassLoader) ((InternalKnowledgeBase) kieBase).getRootClassLoader();
        HashMap<String, String> where = new HashMap<>();
        locations.forEach((rule, at) -> where.put(rule, at.line() + ":" + at.file()));
        try (DroolsObjectOutputStream out =
                new DroolsObjectOutputStream(new BufferedOutputStream(target))) {
            out.writeUTF(FORMAT);
            out.writeUTF(codeSha256);
            out.writeObject(new HashMap<>(declaring.getStore()));
            out.writeObject(where);
            // the rule code check reads what the compiler parsed; a compiled copy keeps what it
            // found
            out.writeInt(warnings.size());
            for (RuleWarning warning : warnings) {
                out.writeUTF(warning.file());
                out.writeInt(warning.line());
                out.writeUTF(warning.message());
            }
            // the distance measures the rule code states, so that reading the thresholds beside a
            // compiled
            // copy needs no decision-table or DSL compiler to find them again
            out.writeInt(statedMeasures.size());
            for (String measure : new java.util.TreeSet<>(statedMeasures)) {
                out.writeUTF(measure);
            }
            out.writeObject(new ArrayList<>(kieBase.getKiePackages()));
        }
    }

    /**
     * The rule base, or null when the bytes were written by another format or for other rule code
     * ({@code codeSha256}).
     */
    @SuppressWarnings("unchecked")
    static Loaded read(InputStream source, String codeSha256)
            throws IOException, ClassNotFoundException {
        ClassLoader application = CompiledRules.class.getClassLoader();
        try (DroolsObjectInputStream in =
                new DroolsObjectInputStream(new BufferedInputStream(source), application)) {
            in.setObjectInputFilter(CLASSES);
            if (!FORMAT.equals(in.readUTF()) || !codeSha256.equals(in.readUTF())) {
                return null;
            }
            Map<String, byte[]> declared = (Map<String, byte[]>) in.readObject();
            if (declared.keySet().stream().anyMatch(name -> !name.startsWith(DECLARED_PACKAGE))) {
                return null; // DRL declares its types in the rules' own package; any other class is
                // not ours
            }
            Map<String, String> where = (Map<String, String>) in.readObject();
            List<RuleWarning> warnings = new ArrayList<>();
            for (int count = in.readInt(); warnings.size() < count; ) {
                warnings.add(new RuleWarning(in.readUTF(), in.readInt(), in.readUTF()));
            }
            Set<String> measures = new java.util.TreeSet<>();
            for (int count = in.readInt(); measures.size() < count; ) {
                measures.add(in.readUTF());
            }
            ProjectClassLoader withDeclaredTypes =
                    ProjectClassLoader.createProjectClassLoader(application, declared);
            InternalKnowledgeBase kieBase =
                    KnowledgeBaseFactory.newKnowledgeBase(
                            RuleBaseFactory.newKnowledgeBaseConfiguration(null, withDeclaredTypes));
            in.setClassLoader(kieBase.getRootClassLoader());
            kieBase.addPackages((List<KiePackage>) in.readObject());
            Map<String, RuleCatalogue.RuleRefLocation> locations = new HashMap<>();
            where.forEach(
                    (rule, at) -> {
                        int colon = at.indexOf(':');
                        locations.put(
                                rule,
                                new RuleCatalogue.RuleRefLocation(
                                        at.substring(colon + 1),
                                        Integer.parseInt(at.substring(0, colon))));
                    });
            return new Loaded(kieBase, locations, warnings, measures);
        }
    }
}
