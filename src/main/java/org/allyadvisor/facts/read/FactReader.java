package org.allyadvisor.facts.read;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;
import org.allyadvisor.facts.FactSet;
import org.allyadvisor.text.IoReasons;
import org.allyadvisor.text.Utf8;

/**
 * Reads a fact set from YAML, JSON or CSV: one file, or a folder of files read together. Bad input
 * yields a {@link BadFactsException} listing every problem found, never a partial set.
 */
public final class FactReader {

    private static final String UNSUPPORTED =
            "unsupported fact file type; use .yaml, .yml, .json or .csv";

    /**
     * The largest fact file read, in bytes: 64 MiB. A set of the most allies ids allow (17,576),
     * every field filled, is some 15 MB of block-style YAML; a larger file is refused with one line
     * before it is read, rather than read into memory whole.
     */
    public static final int MAX_FILE_BYTES = 64 * 1024 * 1024;

    private FactReader() {}

    /** Reads a fact file, or every fact file directly in a folder (sorted by name, merged). */
    public static FactSet read(Path path) throws BadFactsException {
        return read(Objects.requireNonNull(path, "path"), path.toString());
    }

    /**
     * The same, the file or folder named {@code shownName} in messages: a file read from inside the
     * jar is shown as the rules/ file it was built from, not by its place in the jar.
     */
    public static FactSet read(Path path, String shownName) throws BadFactsException {
        Objects.requireNonNull(path, "path");
        String name = Objects.requireNonNull(shownName, "shownName");
        if (!Files.exists(path)) {
            throw fail(name, "no such file or directory");
        }
        if (Files.isDirectory(path)) {
            return readFolder(path, name);
        }
        if (extension(name) == null) {
            throw fail(name, UNSUPPORTED);
        }
        List<FactProblem> problems = new ArrayList<>();
        FileFacts facts = readFile(path, name, problems);
        return assemble(name, List.of(facts), problems);
    }

    /**
     * Reads facts held in memory.
     *
     * @param fileName names the format by its extension (and, for CSV, the table); used in messages
     */
    public static FactSet read(String text, String fileName) throws BadFactsException {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(fileName, "fileName");
        if (extension(fileName) == null) {
            throw fail(fileName, UNSUPPORTED);
        }
        Problems problems = new Problems(fileName);
        long size = utf8Length(text);
        FileFacts facts = FileFacts.NONE;
        if (size > MAX_FILE_BYTES) {
            problems.whole(tooLarge(size));
        } else {
            facts = parse(text, fileName, problems);
        }
        return assemble(fileName, List.of(facts), new ArrayList<>(problems.list()));
    }

    /**
     * Facts written as one part of a larger YAML file, such as the facts a rule scenario gives
     * inline: the same tree shape as a fact file, checked the same way, located in that file.
     *
     * @param facts the part of the tree that holds {@code meta}, {@code regions}, {@code allies}
     * @param shownName the file the tree was read from, as messages name it
     */
    public static FactSet read(Node facts, String shownName) throws BadFactsException {
        Problems problems = new Problems(shownName);
        FileFacts read = TreeFacts.read(facts, problems);
        return assemble(shownName, List.of(read), new ArrayList<>(problems.list()));
    }

    /**
     * The located tree of a YAML file that holds facts among other things (a rule scenario), read
     * by the parser fact files go through, within the same size limit: its fact parts then go to
     * {@link #read(Node, String)} and {@link FactChanges#apply}.
     */
    /**
     * One YAML value given as text outside any file, such as the value of a command-line option
     * ({@code 1.9}, {@code [NATO, EU]}, {@code ~}): read as a fact file's value is, an empty text a
     * missing value.
     *
     * @throws BadFactsException when the text is not YAML, located in {@code shownName}
     */
    public static Node yamlValue(String text, String shownName) throws BadFactsException {
        if (text.isBlank()) {
            return new Node.Scalar(Node.Kind.NULL, "", null, 1, 1);
        }
        Problems found = new Problems(shownName);
        Node value = TreeParser.yaml(text, found).orElse(null);
        if (value == null || !found.list().isEmpty()) {
            throw new BadFactsException(found.list());
        }
        return value;
    }

    /**
     * A YAML file as a tree that remembers where each value was written, for readers of files that
     * hold facts among other things (rule scenarios, what-if scenarios); not a fact set.
     *
     * @param shownName the file as messages name it
     * @throws BadFactsException when the file cannot be read or is not YAML, located in {@code
     *     shownName}
     */
    public static Node yamlTree(Path file, String shownName) throws BadFactsException {
        Problems found = new Problems(shownName);
        String text = text(file, found);
        Node root =
                text == null
                        ? null
                        : TreeParser.yaml(
                                        text.startsWith("\uFEFF") ? text.substring(1) : text, found)
                                .orElse(null);
        if (root == null || !found.list().isEmpty()) {
            throw new BadFactsException(found.list());
        }
        return root;
    }

    private static FactSet readFolder(Path folder, String name) throws BadFactsException {
        List<Path> files;
        try (Stream<Path> entries = Files.list(folder)) {
            // subfolders are not read; hidden files are editors' lock and swap files
            files =
                    entries.filter(Files::isRegularFile)
                            .filter(f -> !f.getFileName().toString().startsWith("."))
                            .filter(f -> extension(f.getFileName().toString()) != null)
                            .sorted(Comparator.comparing(f -> f.getFileName().toString()))
                            .toList();
        } catch (IOException | UncheckedIOException e) {
            throw fail(name, "cannot read the folder: " + IoReasons.of(e));
        }
        if (files.isEmpty()) {
            throw fail(
                    name, "no fact file in the folder; expected .yaml, .yml, .json or .csv files");
        }
        List<FactProblem> problems = new ArrayList<>();
        List<FileFacts> facts = new ArrayList<>();
        for (Path file : files) {
            facts.add(readFile(file, name + "/" + file.getFileName(), problems));
        }
        return assemble(name, facts, problems);
    }

    private static FileFacts readFile(Path file, String shownName, List<FactProblem> problems) {
        Problems found = new Problems(shownName);
        String text = text(file, found);
        FileFacts facts = text == null ? FileFacts.NONE : parse(text, shownName, found);
        problems.addAll(found.list());
        return facts;
    }

    /** The file's text, or null when it cannot be read, is too large or is not UTF-8 (reported). */
    private static String text(Path file, Problems found) {
        if (!Files.exists(file)) {
            found.whole("no such file");
            return null;
        }
        if (Files.isDirectory(file)) {
            found.whole("this is a folder; a file belongs here");
            return null;
        }
        try {
            long size = Files.size(file);
            Utf8.Decoded decoded =
                    size > MAX_FILE_BYTES ? null : Utf8.decode(Files.readAllBytes(file));
            if (decoded == null) {
                found.whole(tooLarge(size));
            } else if (decoded.ok()) {
                return decoded.text();
            } else {
                found.at(
                        decoded.line(),
                        decoded.column(),
                        "",
                        "this byte is not UTF-8 text; save the file as UTF-8");
            }
        } catch (IOException e) {
            found.whole("cannot read the file: " + IoReasons.of(e));
        }
        return null;
    }

    private static String tooLarge(long bytes) {
        return "the file is "
                + bytes
                + " bytes, over the "
                + MAX_FILE_BYTES
                + " bytes (64 MiB) a fact file may hold;"
                + " split its allies over several files of one folder";
    }

    /** How many bytes the text takes as UTF-8, as it would in a file. */
    private static long utf8Length(String text) {
        long bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            bytes +=
                    c < 0x80
                            ? 1
                            : c < 0x800 || Character.isSurrogate(c)
                                    ? 2
                                    : 3; // a surrogate pair is 4
        }
        return bytes;
    }

    private static FileFacts parse(String text, String shownName, Problems problems) {
        // Spreadsheets and Windows editors write a byte-order mark; it is not part of the content.
        String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return switch (extension(shownName)) {
            case "yaml", "yml" ->
                    TreeParser.yaml(content, problems)
                            .map(root -> TreeFacts.read(root, problems))
                            .orElse(FileFacts.NONE);
            case "json" ->
                    TreeParser.json(content, problems)
                            .map(root -> TreeFacts.read(root, problems))
                            .orElse(FileFacts.NONE);
            default -> CsvFacts.read(simpleName(shownName), content, problems);
        };
    }

    private static FactSet assemble(String name, List<FileFacts> facts, List<FactProblem> problems)
            throws BadFactsException {
        FactSet set = FactSetAssembler.assemble(name, facts, problems);
        if (set == null) {
            throw new BadFactsException(problems);
        }
        return set;
    }

    /** The supported extension of a file name, lower case, or null. */
    private static String extension(String fileName) {
        String simple = simpleName(fileName);
        int dot = simple.lastIndexOf('.');
        String extension = dot < 0 ? "" : simple.substring(dot + 1).toLowerCase(Locale.ROOT);
        return List.of("yaml", "yml", "json", "csv").contains(extension) ? extension : null;
    }

    private static String simpleName(String fileName) {
        int slash = Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\'));
        return fileName.substring(slash + 1);
    }

    private static BadFactsException fail(String file, String message) {
        return new BadFactsException(List.of(new FactProblem(file, 0, null, "", message)));
    }
}
