package org.allyadvisor.rules;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * One file of a rule set, read into memory as bytes: a decision table saved as XLSX is binary, and
 * the rule set's fingerprint is taken over exactly what is on disk.
 *
 * @param name the file name within the rule set ({@code budget.drl})
 * @param path the file as reported to users ({@code rules/budget.drl})
 * @param bytes the file's content
 */
record RuleFile(String name, String path, byte[] bytes) {

    /** What a file in a rule folder is, by its name. */
    enum Kind {
        DRL("drl"),
        DSL("dsl"),
        DSLR("dslr"),
        CSV_TABLE("csv"),
        XLSX_TABLE("xlsx"),
        THRESHOLDS(null);

        private final String extension;

        Kind(String extension) {
            this.extension = extension;
        }

        /** The kind of a file named {@code name}, or empty when a rule set has no use for it. */
        static Optional<Kind> of(String name) {
            if (name.equals(RuleSetLoader.THRESHOLDS_FILE)) {
                return Optional.of(THRESHOLDS);
            }
            String lower = name.toLowerCase(Locale.ROOT);
            return Arrays.stream(values())
                    .filter(k -> k.extension != null && lower.endsWith("." + k.extension))
                    .findFirst();
        }

        boolean isTable() {
            return this == CSV_TABLE || this == XLSX_TABLE;
        }

        /**
         * Whether the file holds rules: DRL, or what becomes DRL (DSL sentences, a decision table).
         */
        boolean holdsRules() {
            return this == DRL || this == DSLR || isTable();
        }
    }

    RuleFile {
        bytes = bytes.clone();
    }

    /** A text file, as tests and callers that edit a rule file in memory write it. */
    static RuleFile ofText(String name, String path, String text) {
        return new RuleFile(name, path, text.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    /** The content as UTF-8 text (every kind but an XLSX table is text). */
    String text() {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** The kind of file, by name; {@link RuleFiles} lists no other files. */
    Kind kind() {
        return Kind.of(name)
                .orElseThrow(() -> new IllegalStateException("not a rule set file: " + name));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RuleFile file
                && name.equals(file.name)
                && path.equals(file.path)
                && Arrays.equals(bytes, file.bytes);
    }

    @Override
    public int hashCode() {
        return (name.hashCode() * 31 + path.hashCode()) * 31 + Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "RuleFile[" + path + ", " + bytes.length + " bytes]";
    }
}
