package org.allyadvisor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The fenced code blocks of README.md, each with the line numbers a failure can name. */
final class ReadmeBlocks {

    static final Path README = Path.of("README.md");

    /**
     * One fenced block.
     *
     * @param language what follows the opening fence (`sh`, `yaml`, ...; empty when none)
     * @param firstLine the README line number of the block's first content line
     * @param lines the content lines, without the fences
     * @param before the last non-blank line above the opening fence (a marker such as {@code <!--
     *     fact-file -->} stands there)
     */
    record Block(String language, int firstLine, List<String> lines, String before) {

        String text() {
            return String.join("\n", lines) + "\n";
        }
    }

    private ReadmeBlocks() {}

    static List<Block> all() throws IOException {
        List<String> lines = Files.readAllLines(README, StandardCharsets.UTF_8);
        List<Block> blocks = new ArrayList<>();
        String before = "";
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            // fences inside a list item are indented; the README indents none of its fences more
            // than 3
            String trimmed = line.strip();
            if (trimmed.startsWith("```")) {
                int end = i + 1;
                while (end < lines.size() && !lines.get(end).strip().equals("```")) {
                    end++;
                }
                blocks.add(
                        new Block(
                                trimmed.substring(3).strip(),
                                i + 2,
                                List.copyOf(lines.subList(i + 1, end)),
                                before));
                i = end;
                before = "";
            } else if (!trimmed.isEmpty()) {
                before = trimmed;
            }
        }
        return blocks;
    }

    static List<Block> of(String language) throws IOException {
        return all().stream().filter(block -> block.language().equals(language)).toList();
    }
}
