package org.allyadvisor.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** A copy of the shipped rule folder that a test may break on purpose. */
public final class RuleFolder {

    private final Path dir;

    private RuleFolder(Path dir) {
        this.dir = dir;
    }

    /** A copy of rules/ with its subfolders (the scenarios kept beside the rules). */
    public static RuleFolder copyOfShipped(Path into) {
        Path shipped = Path.of("rules");
        try (Stream<Path> files = Files.walk(shipped)) {
            Path dir = Files.createDirectories(into.resolve("rules"));
            for (Path file : files.filter(f -> !f.equals(shipped)).toList()) {
                // subfolders come along: source/ documents and scenarios/ are part of what staff
                // edit
                Path copy = dir.resolve(shipped.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy);
                }
            }
            return new RuleFolder(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path dir() {
        return dir;
    }

    /** The path of a file of the folder as messages show it. */
    public String shown(String name) {
        return dir.resolve(name).toString();
    }

    public RuleFolder write(String name, String text) {
        try {
            Files.writeString(dir.resolve(name), text);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public RuleFolder replaceIn(String name, String from, String to) {
        try {
            String text = Files.readString(dir.resolve(name));
            if (!text.contains(from)) {
                throw new IllegalArgumentException(name + " does not contain: " + from);
            }
            Files.writeString(dir.resolve(name), text.replace(from, to));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds a rule file kept under src/test/resources/rules, e.g. {@code runaway.drl}. */
    public RuleFolder withTestRule(String name) {
        try {
            return write(name, Files.readString(Path.of("src/test/resources/rules", name)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The copy with DIP-1 and DIP-2 written in DRL, as they were before they became DSL sentences:
     * for tests that edit a rule's DRL text and need a small file to do it in.
     */
    public RuleFolder withDiplomacyAsDrl() {
        return delete("diplomacy.dsl")
                .delete("diplomacy.dslr")
                .withResource("forms/drl-before-forms/diplomacy.drl", "diplomacy.drl");
    }

    /**
     * Adds a file kept under src/test/resources as it is, bytes and all: {@code
     * forms/technology.xlsx}.
     */
    public RuleFolder withResource(String resource, String name) {
        try {
            Files.copy(Path.of("src/test/resources", resource), dir.resolve(name));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every problem reported when this folder is loaded; fails when it loads. */
    public List<String> problems() {
        RuleSetException failure =
                catchThrowableOfType(RuleSetException.class, () -> RuleSet.load(dir));
        assertThat(failure).as("the rule set should not load").isNotNull();
        return failure.problems().stream().map(RuleProblem::toString).toList();
    }

    /** Deletes every file of the folder but thresholds.yaml: rule files of every form. */
    public RuleFolder deleteRuleFiles() {
        try (Stream<Path> files = Files.list(dir)) {
            // the rule files only: thresholds.yaml and the subfolders (source/, scenarios/) stay
            for (Path file :
                    files.filter(
                                    f ->
                                            Files.isRegularFile(f)
                                                    && !f.getFileName()
                                                            .toString()
                                                            .equals("thresholds.yaml"))
                            .toList()) {
                Files.delete(file);
            }
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Sets one limit of the thresholds' {@code engine} section ({@code ruleFirings}, {@code facts}
     * or {@code deadlineSeconds}): {@code base + perAlly × allies}.
     */
    public RuleFolder withEngineLimit(String limit, String base, String perAlly) {
        try {
            String text = Files.readString(dir.resolve("thresholds.yaml"));
            java.util.regex.Matcher section =
                    java.util.regex.Pattern.compile(
                                    "(?m)^  "
                                            + limit
                                            + ":[^\\n]*\\n    base: *([^ \\n]+)[^\\n]*\\n    perAlly: *([^ \\n]+)")
                            .matcher(text);
            if (!section.find()) {
                throw new IllegalArgumentException(
                        "thresholds.yaml has no engine." + limit + " with base and perAlly");
            }
            text =
                    text.substring(0, section.start(1))
                            + base
                            + text.substring(section.end(1), section.start(2))
                            + perAlly
                            + text.substring(section.end(2));
            Files.writeString(dir.resolve("thresholds.yaml"), text);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public RuleFolder delete(String name) {
        try {
            Files.delete(dir.resolve(name));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
