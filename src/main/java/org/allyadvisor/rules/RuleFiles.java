package org.allyadvisor.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.allyadvisor.text.IoReasons;

/** Finds and reads the files of a rule set: a folder on disk, or the copy built into the jar. */
final class RuleFiles {

    /** Where the build puts the built-in copy of {@code rules/}. */
    static final String BUILT_IN_ROOT = "ally-advisor/rules";

    /** Where the build puts the built-in rules already compiled. */
    static final String BUILT_IN_COMPILED = "ally-advisor/rules.compiled";

    /**
     * Where the build puts the built-in rules compiled with their diagnostic queries ({@link
     * ProbedRules}).
     */
    static final String BUILT_IN_PROBED = "ally-advisor/rules.probed";

    /** An id the build gives itself, so that compiled rules from another build are never read. */
    static final String BUILD_ID = "ally-advisor/build-id";

    /** How users see the built-in files: as the rules/ folder they were built from. */
    static final String BUILT_IN_SHOWN_AS = "rules/";

    private RuleFiles() {}

    /** Every rule set file directly in {@code dir}, sorted by name. */
    static List<RuleFile> fromFolder(Path dir) throws RuleSetException {
        return fromFolder(dir, shownAs(dir));
    }

    /** The same, each file shown to users as {@code shownAs} + its name. */
    static List<RuleFile> fromFolder(Path dir, String shownAs) throws RuleSetException {
        try {
            List<RuleFile> read = new ArrayList<>();
            for (Path file : listed(dir)) {
                if (isRuleSetFile(file)) {
                    String name = file.getFileName().toString();
                    read.add(new RuleFile(name, shownAs + name, content(file, shownAs + name)));
                }
            }
            return read;
        } catch (IOException | UncheckedIOException e) {
            throw new RuleSetException(
                    new RuleProblem(dir.toString(), 0, 0, "cannot read: " + IoReasons.of(e)));
        }
    }

    /**
     * A warning for each file directly in {@code dir} that is no kind of rule set file, so that a
     * rule saved under the wrong name ({@code budget.drl.txt}, {@code table.ods}) is never skipped
     * without a word. Subfolders (scenarios, source documents) and editors' hidden and backup files
     * are not rule files and are passed over.
     */
    static List<RuleWarning> unknownFiles(Path dir, String shownAs) throws RuleSetException {
        try {
            List<RuleWarning> warnings = new ArrayList<>();
            for (Path file : listed(dir)) {
                String name = file.getFileName().toString();
                if (!isRuleSetFile(file) && !isEditorFile(name)) {
                    warnings.add(
                            new RuleWarning(
                                    shownAs + name,
                                    0,
                                    "not a rule file, so not read: a rule folder holds"
                                            + " .drl, .dsl and .dslr rule files, .csv and .xlsx decision tables, and "
                                            + RuleSetLoader.THRESHOLDS_FILE));
                }
            }
            return warnings;
        } catch (IOException | UncheckedIOException e) {
            throw new RuleSetException(
                    new RuleProblem(dir.toString(), 0, 0, "cannot read: " + IoReasons.of(e)));
        }
    }

    static String shownAs(Path dir) {
        return dir.toString() + "/";
    }

    /**
     * The regular files directly in {@code dir}, sorted by name; a folder that is not one is a
     * problem.
     */
    private static List<Path> listed(Path dir) throws RuleSetException, IOException {
        String shown = dir.toString();
        if (!Files.exists(dir)) {
            throw new RuleSetException(new RuleProblem(shown, 0, 0, "no such rule folder"));
        }
        if (!Files.isDirectory(dir)) {
            throw new RuleSetException(
                    new RuleProblem(
                            shown,
                            0,
                            0,
                            "not a folder; --rules takes the folder that holds the rule files"));
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile)
                    .sorted(Comparator.comparing(Path::toString))
                    .toList();
        }
    }

    /**
     * The files a rule set is made of: rule files (DRL, DSL and DSLR), decision tables (CSV, XLSX)
     * and the thresholds file. Nothing else is read or part of the fingerprint.
     */
    static boolean isRuleSetFile(Path file) {
        String name = file.getFileName().toString();
        return !isEditorFile(name) && RuleFile.Kind.of(name).isPresent();
    }

    /**
     * What editors leave beside the files they edit: hidden files ({@code .budget.drl.swp}, a
     * LibreOffice lock {@code .~lock.technology.csv#}), backups ({@code budget.drl~}) and Emacs
     * auto-saves ({@code #budget.drl#}).
     */
    static boolean isEditorFile(String name) {
        return name.startsWith(".")
                || name.endsWith("~")
                || (name.startsWith("#") && name.endsWith("#"));
    }

    private static byte[] content(Path file, String shown) throws RuleSetException, IOException {
        byte[] bytes = Files.readAllBytes(file);
        if (!shown.toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx")) {
            org.allyadvisor.text.Utf8.Decoded decoded = org.allyadvisor.text.Utf8.decode(bytes);
            if (!decoded.ok()) {
                throw new RuleSetException(
                        new RuleProblem(
                                shown,
                                decoded.line(),
                                decoded.column(),
                                "this byte is not UTF-8 text; save the file as UTF-8"));
            }
        }
        return bytes;
    }

    /**
     * The source documents in {@code source/} of a rule folder, by name; none when it has no such
     * folder. They are not part of the rule set's fingerprint: they change no result, only what a
     * passage is checked against.
     */
    static SourceTexts sources(Path dir) throws RuleSetException {
        Path folder = dir.resolve(SourceTexts.FOLDER);
        if (!Files.isDirectory(folder)) {
            return new SourceTexts(List.of());
        }
        String shownAs = dir.toString() + "/" + SourceTexts.FOLDER + "/";
        try (Stream<Path> files = Files.list(folder)) {
            List<SourceTexts.SourceText> read = new ArrayList<>();
            List<String> notText = new ArrayList<>();
            for (Path file :
                    files.filter(
                                    f ->
                                            Files.isRegularFile(f)
                                                    && !f.getFileName().toString().startsWith("."))
                            .sorted(Comparator.comparing(Path::toString))
                            .toList()) {
                String shown = shownAs + file.getFileName();
                if (SourceTexts.isText(file.getFileName().toString())) {
                    read.add(
                            new SourceTexts.SourceText(
                                    shown,
                                    new String(content(file, shown), StandardCharsets.UTF_8)));
                } else {
                    notText.add(shown);
                }
            }
            return new SourceTexts(read, notText);
        } catch (IOException | UncheckedIOException e) {
            throw new RuleSetException(
                    new RuleProblem(folder.toString(), 0, 0, "cannot read: " + IoReasons.of(e)));
        }
    }

    private static SourceTexts builtInSources(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return new SourceTexts(List.of());
        }
        List<SourceTexts.SourceText> read = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file :
                    files.filter(f -> SourceTexts.isText(f.getFileName().toString()))
                            .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                            .toList()) {
                try (InputStream in = Files.newInputStream(file)) {
                    read.add(
                            new SourceTexts.SourceText(
                                    BUILT_IN_SHOWN_AS
                                            + SourceTexts.FOLDER
                                            + "/"
                                            + file.getFileName(),
                                    new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                }
            }
        }
        return new SourceTexts(read);
    }

    /** The files of the built-in rule set and the source documents it cites, read in one go. */
    record BuiltIn(List<RuleFile> files, SourceTexts sources) {}

    /** The rule set built into the jar (or into target/classes when run from a build). */
    static BuiltIn builtIn() throws RuleSetException {
        URL marker =
                RuleFiles.class.getClassLoader().getResource(BUILT_IN_ROOT + "/thresholds.yaml");
        if (marker == null) {
            throw new RuleSetException(
                    new RuleProblem("built-in", 0, 0, "no built-in rule set in this build"));
        }
        try {
            if ("jar".equals(marker.getProtocol())) {
                return fromJar(marker.toURI());
            }
            return listBuiltIn(Path.of(marker.toURI()).getParent());
        } catch (IOException | URISyntaxException | UncheckedIOException e) {
            throw new RuleSetException(
                    new RuleProblem(
                            "built-in",
                            0,
                            0,
                            "cannot read the built-in rule set: " + e.getMessage()));
        }
    }

    private static synchronized BuiltIn fromJar(URI marker) throws IOException {
        try (FileSystem jar = FileSystems.newFileSystem(marker, Map.of())) {
            return listBuiltIn(jar.provider().getPath(marker).getParent());
        } catch (FileSystemAlreadyExistsException e) {
            // someone else holds the jar open: read through theirs and leave it open
            return listBuiltIn(
                    FileSystems.getFileSystem(marker).provider().getPath(marker).getParent());
        }
    }

    private static BuiltIn listBuiltIn(Path folder) throws IOException {
        List<RuleFile> read = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file :
                    files.filter(RuleFiles::isRuleSetFile)
                            .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                            .toList()) {
                String name = file.getFileName().toString();
                try (InputStream in = Files.newInputStream(file)) {
                    read.add(new RuleFile(name, BUILT_IN_SHOWN_AS + name, in.readAllBytes()));
                }
            }
        }
        return new BuiltIn(read, builtInSources(folder.resolve(SourceTexts.FOLDER)));
    }
}
