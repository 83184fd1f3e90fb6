package org.allyadvisor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * The golden files of src/test/resources/golden: fact sets {@code NAME.facts.yaml|yml|json} (or
 * folders {@code NAME.facts}), each with one expected output per kind of report ({@code
 * NAME.expected.json} for the assessment, {@code NAME.trace.json} for the trace). An output must
 * equal its file byte for byte; with {@code -Dgolden.update=true} the file is rewritten first, for
 * the diff to be reviewed.
 */
final class GoldenFiles {

    private static final Path FOLDER = Path.of("src/test/resources/golden");

    /**
     * {@code two-allies.facts.yaml}, {@code csv-folder.facts}: the name, then how it is written.
     */
    private static final Pattern FACT_SET = Pattern.compile("(.+)\\.facts(\\.(yaml|yml|json))?");

    private GoldenFiles() {}

    /** What a report makes of a golden fact set. */
    @FunctionalInterface
    interface Report {
        String of(Path factSet) throws Exception;
    }

    /**
     * One test per golden fact set, named for it: what {@code report} makes of it must be exactly
     * its {@code NAME + suffix} file.
     */
    static Stream<DynamicTest> compared(String suffix, Report report) throws IOException {
        return factSetNames().stream()
                .map(
                        name ->
                                DynamicTest.dynamicTest(
                                        name,
                                        () -> {
                                            String actual = report.of(factSet(name));
                                            Path expected = FOLDER.resolve(name + suffix);
                                            if (Boolean.getBoolean("golden.update")) {
                                                Files.writeString(
                                                        expected, actual, StandardCharsets.UTF_8);
                                            }
                                            assertThat(actual)
                                                    .isEqualTo(
                                                            Files.readString(
                                                                    expected,
                                                                    StandardCharsets.UTF_8));
                                        }));
    }

    /** The names of the golden fact sets: {@code two-allies} for two-allies.facts.yaml. */
    static Set<String> factSetNames() throws IOException {
        Set<String> names = new TreeSet<>();
        for (String file : files()) {
            Matcher factSet = FACT_SET.matcher(file);
            if (factSet.matches()) {
                names.add(factSet.group(1));
            }
        }
        return names;
    }

    /** The names that have an output of this kind: {@code two-allies} for two-allies.trace.json. */
    static Set<String> outputNames(String suffix) throws IOException {
        Set<String> names = new TreeSet<>();
        for (String file : files()) {
            if (file.endsWith(suffix) && file.length() > suffix.length()) {
                names.add(file.substring(0, file.length() - suffix.length()));
            }
        }
        return names;
    }

    private static Path factSet(String name) throws IOException {
        try (Stream<Path> files = Files.list(FOLDER)) {
            return files.filter(p -> p.getFileName().toString().startsWith(name + ".facts"))
                    .findFirst()
                    .orElseThrow();
        }
    }

    private static Set<String> files() throws IOException {
        try (Stream<Path> files = Files.list(FOLDER)) {
            return files.map(p -> p.getFileName().toString())
                    .collect(java.util.stream.Collectors.toCollection(TreeSet::new));
        }
    }
}
