package org.allyadvisor.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The package layout shows the architecture only while its dependencies point one way: facts in,
 * rules, engine, results out, the command line and rendering at the edge. Read from the sources'
 * imports and qualified names, so that a new dependency fails here, in the change that makes it.
 */
class PackageDependenciesTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final String ROOT = "org.allyadvisor.";
    private static final Pattern REFERENCE =
            Pattern.compile(
                    "\\borg\\.allyadvisor\\.((?:[a-z][a-z0-9]*\\.)*[a-z][a-z0-9]*)\\.[A-Z]");

    @Test
    void packagesDependOnEachOtherWithoutACycle() {
        Map<String, Set<String>> uses = dependencies();

        List<String> cycle = cycle(uses);

        assertThat(cycle).as("a cycle between packages").isEmpty();
    }

    @Test
    void theCoreNeverReachesOutToTheEdge() {
        Map<String, Set<String>> uses = dependencies();

        assertThat(uses.getOrDefault("advice", Set.of()))
                .as("advice: the words rules speak")
                .doesNotContain("rules", "engine", "results", "report", "cli");
        assertThat(uses.getOrDefault("rules", Set.of()))
                .as("rules: loading a rule set")
                .doesNotContain("engine", "report", "cli");
        assertThat(uses.getOrDefault("engine", Set.of()))
                .as("engine: running rules")
                .doesNotContain("report", "cli");
        assertThat(uses.getOrDefault("facts", Set.of()))
                .as("facts: the vocabulary of facts")
                .doesNotContain("rules", "engine", "results", "report", "cli");
        uses.forEach(
                (from, to) ->
                        assertThat(to)
                                .as(from + " depends on the command line")
                                .doesNotContain("cli"));
    }

    /** Package (below org.allyadvisor) → the packages its classes name. */
    private static Map<String, Set<String>> dependencies() {
        Map<String, Set<String>> uses = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String from =
                        SOURCES.relativize(file.getParent())
                                .toString()
                                .replace('/', '.')
                                .substring(ROOT.length());
                Set<String> to = uses.computeIfAbsent(from, k -> new TreeSet<>());
                Matcher reference = REFERENCE.matcher(Files.readString(file));
                while (reference.find()) {
                    if (!reference.group(1).equals(from)) {
                        to.add(reference.group(1));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return uses;
    }

    /** One cycle, as the packages along it, or nothing. */
    private static List<String> cycle(Map<String, Set<String>> uses) {
        Map<String, Integer> state = new TreeMap<>(); // 1 on the path, 2 done
        for (String start : uses.keySet()) {
            List<String> path = new ArrayList<>();
            if (visit(start, uses, state, path)) {
                return path;
            }
        }
        return List.of();
    }

    private static boolean visit(
            String node,
            Map<String, Set<String>> uses,
            Map<String, Integer> state,
            List<String> path) {
        Integer seen = state.get(node);
        if (seen != null) {
            if (seen == 1) {
                path.add(node);
                return true;
            }
            return false;
        }
        state.put(node, 1);
        path.add(node);
        for (String next : uses.getOrDefault(node, Set.of())) {
            if (visit(next, uses, state, path)) {
                return true;
            }
        }
        path.remove(path.size() - 1);
        state.put(node, 2);
        return false;
    }
}
