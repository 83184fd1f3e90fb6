package org.allyadvisor.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * An excerpt of real output that README shows: the lines of the first {@code ```text} block after a
 * lead sentence, without the {@code ...} lines that mark where it was cut. The README excerpt tests
 * check each against a real run.
 */
public final class ReadmeExcerpt {

    private static final String BLOCK = "```text\n";

    private ReadmeExcerpt() {}

    /**
     * The excerpt after {@code lead}.
     *
     * @throws AssertionError when README no longer has the lead, rather than checking another block
     */
    public static List<String> after(String lead) throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        int at = readme.indexOf(lead);
        if (at < 0) {
            throw new AssertionError("README no longer says: " + lead);
        }
        int from = readme.indexOf(BLOCK, at) + BLOCK.length();
        return readme.substring(from, readme.indexOf("```", from))
                .lines()
                .filter(line -> !line.equals("..."))
                .toList();
    }

    /**
     * The text with every rule-set fingerprint blanked: it changes with every rule edit, while the
     * rest of a line must hold.
     */
    public static String withoutFingerprints(String text) {
        return text.replaceAll("sha256 [0-9a-f]{12}", "sha256 ");
    }
}
