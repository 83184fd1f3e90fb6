package org.allyadvisor.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.allyadvisor.text.NearestName;
import org.drools.compiler.compiler.FunctionError;
import org.kie.internal.builder.KnowledgeBuilderError;

/**
 * Imports that do not resolve, and what they break. Drools compiles every Java consequence and
 * function of a package with all the package's imports, so one misspelt import fails them all, in
 * every file of the package, and each function's own import fails in turn; the misspelt import
 * itself is reported late, at line 1. Likewise a function that does not compile fails its import,
 * and with it every consequence of the package. Users get the misspelt import at its line, first,
 * and the function's own error, and none of the errors either causes.
 */
final class BrokenImports {

    private static final Pattern IMPORT_ERROR = Pattern.compile("^Error importing : '(.+)'$");
    private static final Pattern WRITTEN_IMPORT =
            Pattern.compile("^\\s*import\\s+(?:function\\s+|static\\s+)?([\\w.$*]+)\\s*;?");

    /** An import as written: what it names, and where. */
    private record Written(String target, String file, int line, int column) {}

    private final List<RuleProblem> problems;
    private final List<Pattern> misspelt;
    private final List<Pattern> brokenFunctions;

    private BrokenImports(
            List<RuleProblem> problems, List<Pattern> misspelt, List<Pattern> brokenFunctions) {
        this.problems = List.copyOf(problems);
        this.misspelt = List.copyOf(misspelt);
        this.brokenFunctions = List.copyOf(brokenFunctions);
    }

    static BrokenImports in(List<KnowledgeBuilderError> errors, List<RuleFile> files) {
        Map<String, List<Written>> written = written(files);
        Set<String> broken = new TreeSet<>();
        List<Pattern> brokenFunctions = new ArrayList<>();
        for (KnowledgeBuilderError error : errors) {
            Matcher failed = IMPORT_ERROR.matcher(error.getMessage().strip());
            if (failed.matches()) {
                String target = failed.group(1);
                if (written.containsKey(target)) {
                    broken.add(target);
                } else {
                    // Drools imports each function of a package (pkg.Name.name) into it; that fails
                    // when the
                    // function does not compile, and so does every consequence of the package
                    String function = target.substring(target.lastIndexOf('.') + 1);
                    String functionClass =
                            target.substring(0, Math.max(0, target.lastIndexOf('.')));
                    brokenFunctions.add(
                            Pattern.compile(
                                    "\\b("
                                            + Pattern.quote(function)
                                            + "|"
                                            + Pattern.quote(functionClass)
                                            + ")\\b"));
                }
            }
        }
        Set<String> resolved = new HashSet<>(written.keySet());
        resolved.removeAll(broken);
        List<RuleProblem> problems = new ArrayList<>();
        List<Pattern> misspelt = new ArrayList<>();
        for (String target : broken) {
            String hint =
                    NearestName.among(target, resolved)
                            .map(near -> "; did you mean '" + near + "'?")
                            .orElse("");
            written.get(target)
                    .forEach(
                            at ->
                                    problems.add(
                                            new RuleProblem(
                                                    at.file(),
                                                    at.line(),
                                                    at.column(),
                                                    "cannot import '"
                                                            + target
                                                            + "': there is no such class"
                                                            + hint)));
            misspelt.add(Pattern.compile("\\b" + Pattern.quote(target) + "\\b"));
        }
        return new BrokenImports(problems, misspelt, brokenFunctions);
    }

    /** Every import written in the rule files, by what it names, in file and line order. */
    private static Map<String, List<Written>> written(List<RuleFile> files) {
        Map<String, List<Written>> written = new LinkedHashMap<>();
        for (RuleFile file : files) {
            List<String> lines = file.text().lines().toList();
            for (int i = 0; i < lines.size(); i++) {
                Matcher line = WRITTEN_IMPORT.matcher(lines.get(i));
                if (line.find()) {
                    written.computeIfAbsent(line.group(1), k -> new ArrayList<>())
                            .add(new Written(line.group(1), file.path(), i + 1, line.start(1) + 1));
                }
            }
        }
        return written;
    }

    /** The misspelt imports, each where it is written; empty when every import resolves. */
    List<RuleProblem> problems() {
        return problems;
    }

    /**
     * Whether an error is one the broken imports cause rather than a mistake of its own: an import
     * error (a misspelt one is in {@link #problems()}, at its line), anything that names a misspelt
     * import, and anything but the function's own error that names a function that failed to
     * compile.
     */
    boolean caused(KnowledgeBuilderError error) {
        String message = error.getMessage().strip();
        return IMPORT_ERROR.matcher(message).matches()
                || misspelt.stream().anyMatch(p -> p.matcher(message).find())
                || (!(error instanceof FunctionError)
                        && brokenFunctions.stream().anyMatch(p -> p.matcher(message).find()));
    }
}
