package org.allyadvisor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.allyadvisor.ReadmeBlocks.Block;
import org.allyadvisor.facts.FactSet;
import org.allyadvisor.facts.read.FactReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's fact examples and its library snippet work as written.
 *
 * <p>Not every YAML block in README is a fact file (scenario files and thresholds are YAML too), so
 * a block meant as a fact file says so: the line above its opening fence is an HTML comment
 * starting {@code <!-- fact-file}, which Markdown does not show. Each such block ({@code yaml},
 * {@code json} or {@code csv}) is read with {@link FactReader} under a file name of its kind. A
 * YAML block with a top-level {@code allies:} key and no marker fails the test, so a new fact
 * example cannot slip by unread.
 *
 * <p>The "As a library" snippet is a complete class: it is compiled with the system Java compiler
 * against the test class path and its {@code main} run from the repository's folder.
 */
class ReadmeExamplesTest {

    private static final String FACT_FILE_MARKER = "<!-- fact-file";
    private static final Set<String> FACT_LANGUAGES = Set.of("yaml", "json", "csv");

    @TempDir Path temp;

    @Test
    void everyFactExampleOfTheReadmeReadsCleanly() throws Exception {
        List<Block> factExamples =
                ReadmeBlocks.all().stream()
                        .filter(block -> block.before().startsWith(FACT_FILE_MARKER))
                        .toList();

        assertThat(factExamples).as("README blocks marked " + FACT_FILE_MARKER).isNotEmpty();
        for (Block block : factExamples) {
            assertThat(block.language())
                    .as("README.md:%d: a fact file's language", block.firstLine())
                    .isIn(FACT_LANGUAGES);
            Path file = temp.resolve("readme-line-" + block.firstLine() + "." + block.language());
            Files.writeString(file, block.text(), StandardCharsets.UTF_8);
            // the file is named for its README line, so an error's FILE:LINE leads back to the
            // example
            FactSet facts = FactReader.read(file);
            assertThat(facts.allies())
                    .as("README.md:%d: the example's allies", block.firstLine())
                    .isNotEmpty();
        }
    }

    @Test
    void aYamlBlockThatLooksLikeFactsIsMarkedAsAFactFile() throws Exception {
        List<String> unmarked =
                ReadmeBlocks.of("yaml").stream()
                        .filter(
                                block ->
                                        block.lines().contains("allies:")
                                                && !block.before().startsWith(FACT_FILE_MARKER))
                        .map(block -> "README.md:" + block.firstLine())
                        .toList();

        assertThat(unmarked)
                .as("YAML blocks with top-level allies: but no " + FACT_FILE_MARKER + " marker")
                .isEmpty();
    }

    @Test
    void theLibrarySnippetCompilesAndRunsAsWritten() throws Exception {
        Block snippet = librarySnippet();
        Matcher className = Pattern.compile("public class (\\w+)").matcher(snippet.text());
        assertThat(className.find())
                .as("README.md:%d: the library snippet is a public class", snippet.firstLine())
                .isTrue();
        Path source = temp.resolve("src").resolve(className.group(1) + ".java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, snippet.text(), StandardCharsets.UTF_8);
        Path classes = Files.createDirectories(temp.resolve("classes"));

        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        StringWriter diagnostics = new StringWriter();
        boolean compiled =
                compiler.getTask(
                                diagnostics,
                                null,
                                null,
                                List.of(
                                        "-classpath",
                                        testClassPath(),
                                        "-d",
                                        classes.toString(),
                                        "-proc:none"),
                                null,
                                compiler.getStandardFileManager(null, null, StandardCharsets.UTF_8)
                                        .getJavaFileObjects(source))
                        .call();
        assertThat(compiled)
                .as(
                        "README.md:%d: the library snippet compiles:\n%s",
                        snippet.firstLine(), diagnostics)
                .isTrue();

        String printed = runMain(classes, className.group(1));
        // Poland's ranked actions under MINIMAL support, then where the first one's facts came from
        assertThat(printed)
                .as("what the snippet prints")
                .containsPattern("\\A1 (LOW|MEDIUM|HIGH|CRITICAL) \\S.*\n2 ")
                .containsPattern("(?m)^[\\w.]+: (sourced|derived|judgement|given)$");
    }

    private static Block librarySnippet() throws Exception {
        List<String> readme = Files.readAllLines(ReadmeBlocks.README, StandardCharsets.UTF_8);
        int section = readme.indexOf("## As a library") + 1;
        return ReadmeBlocks.of("java").stream()
                .filter(block -> block.firstLine() > section)
                .findFirst()
                .orElseThrow();
    }

    /**
     * Surefire puts the class path in a manifest-only jar; it names the real one in this property.
     */
    private static String testClassPath() {
        return System.getProperty(
                "surefire.test.class.path", System.getProperty("java.class.path"));
    }

    private static String runMain(Path classes, String className) throws Exception {
        PrintStream stdout = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try (URLClassLoader loader =
                new URLClassLoader(
                        new URL[] {classes.toUri().toURL()},
                        ReadmeExamplesTest.class.getClassLoader())) {
            Method main = loader.loadClass(className).getMethod("main", String[].class);
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            main.invoke(null, (Object) new String[0]);
        } finally {
            System.setOut(stdout);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }
}
