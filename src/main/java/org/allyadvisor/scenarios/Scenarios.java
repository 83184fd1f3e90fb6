package org.allyadvisor.scenarios;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.allyadvisor.rules.RuleSet;
import org.allyadvisor.text.IoReasons;

/**
 * Finds and reads scenario files: those kept beside a rule folder ({@code rules/scenarios/*.yaml}),
 * the copy built into the jar with the built-in rules, or files and folders named one by one. Every
 * file is checked against the rules it will run with (its rule ids must be theirs).
 */
public final class Scenarios {

    /** The folder of a rule folder that holds its scenarios. */
    public static final String FOLDER = "scenarios";

    private static final String THRESHOLDS = "thresholds.yaml";
    private static final String BUILT_IN_MARKER = "ally-advisor/rules/thresholds.yaml";
    private static final String BUILT_IN_SHOWN_AS = "rules/" + FOLDER + "/";

    private Scenarios() {}

    /**
     * The scenarios kept beside a rule folder, in {@code FOLDER/scenarios}; none when it has no
     * such folder.
     */
    public static List<ScenarioFile> ofRuleFolder(Path ruleFolder, RuleSet rules)
            throws ScenarioException {
        Path folder = ruleFolder.resolve(FOLDER);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        return read(List.of(folder), rules);
    }

    /**
     * Scenario files named by the user: each a file, or a folder whose {@code .yaml} and {@code
     * .yml} files are read (sorted by name, subfolders such as its fact files left alone); a rule
     * folder stands for the scenarios kept in its {@code scenarios/} folder.
     */
    public static List<ScenarioFile> read(List<Path> paths, RuleSet rules)
            throws ScenarioException {
        List<ScenarioProblem> problems = new ArrayList<>();
        List<Named> files = new ArrayList<>();
        for (Path path : paths) {
            String shown = path.toString();
            if (!Files.exists(path)) {
                problems.add(
                        ScenarioProblem.scenario(shown, 0, 0, "no such scenario file or folder"));
            } else if (Files.isDirectory(path)) {
                String prefix = shown.endsWith("/") ? shown : shown + "/";
                Path folder = path;
                if (isRuleFolder(
                        path)) { // a rule folder named for its scenarios: the ones kept beside its
                    // rules
                    folder = path.resolve(FOLDER);
                    prefix = prefix + FOLDER + "/";
                }
                String shownPrefix = prefix;
                list(folder, shown, problems)
                        .forEach(f -> files.add(new Named(f, shownPrefix + f.getFileName())));
            } else {
                files.add(new Named(path, shown));
            }
        }
        return readAll(files, rules, problems);
    }

    /**
     * The scenarios built into this program with its rules: {@code rules/scenarios/} as it was at
     * build time.
     */
    public static List<ScenarioFile> builtIn(RuleSet rules) throws ScenarioException {
        URL marker = Scenarios.class.getClassLoader().getResource(BUILT_IN_MARKER);
        if (marker == null) {
            return List.of();
        }
        try {
            URI uri = marker.toURI();
            if (!"jar".equals(uri.getScheme())) {
                return builtIn(Path.of(uri).resolveSibling(FOLDER), rules);
            }
            try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                return builtIn(jar.provider().getPath(uri).resolveSibling(FOLDER), rules);
            } catch (FileSystemAlreadyExistsException e) {
                // someone else holds the jar open: read through theirs and leave it open
                return builtIn(
                        FileSystems.getFileSystem(uri)
                                .provider()
                                .getPath(uri)
                                .resolveSibling(FOLDER),
                        rules);
            }
        } catch (IOException | URISyntaxException e) {
            throw new ScenarioException(
                    List.of(
                            ScenarioProblem.scenario(
                                    BUILT_IN_SHOWN_AS,
                                    0,
                                    0,
                                    "cannot read the built-in scenarios: " + e.getMessage())));
        }
    }

    private static List<ScenarioFile> builtIn(Path folder, RuleSet rules) throws ScenarioException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<ScenarioProblem> problems = new ArrayList<>();
        List<Named> files =
                list(folder, BUILT_IN_SHOWN_AS, problems).stream()
                        .map(f -> new Named(f, BUILT_IN_SHOWN_AS + f.getFileName()))
                        .toList();
        return readAll(files, rules, problems);
    }

    private record Named(Path path, String shown) {}

    private static List<ScenarioFile> readAll(
            List<Named> files, RuleSet rules, List<ScenarioProblem> problems)
            throws ScenarioException {
        Set<String> ruleIds = rules.catalogueById().keySet();
        FactFiles factFiles = new FactFiles();
        List<ScenarioFile> read = new ArrayList<>();
        for (Named file : files) {
            ScenarioFile scenario =
                    ScenarioReader.read(file.path(), file.shown(), ruleIds, factFiles, problems);
            if (scenario != null) {
                read.add(scenario);
            }
        }
        if (!problems.isEmpty()) {
            throw new ScenarioException(problems);
        }
        return read;
    }

    /**
     * The scenario files directly in a folder, sorted by name; hidden files are editors' swap
     * files.
     */
    private static List<Path> list(Path folder, String shown, List<ScenarioProblem> problems) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().startsWith("."))
                    .filter(f -> isScenarioFile(f.getFileName().toString()))
                    .sorted(Comparator.comparing(f -> f.getFileName().toString()))
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            problems.add(
                    ScenarioProblem.scenario(
                            shown, 0, 0, "cannot read the folder: " + IoReasons.of(e)));
            return List.of();
        }
    }

    private static boolean isRuleFolder(Path folder) {
        return Files.isRegularFile(folder.resolve(THRESHOLDS))
                && Files.isDirectory(folder.resolve(FOLDER));
    }

    private static boolean isScenarioFile(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".yaml") || lower.endsWith(".yml");
    }
}
