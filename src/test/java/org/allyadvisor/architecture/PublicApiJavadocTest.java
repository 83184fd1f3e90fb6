package org.allyadvisor.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.TypeDeclaration;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The public API stays documented: every package says in its {@code package-info.java} whether it
 * is API or internal, and every public type of an API package (nested ones too, when all that
 * encloses them is public) has a Javadoc comment. A type added without one fails here, not in a
 * user's IDE.
 */
class PublicApiJavadocTest {

    private static final Path SOURCES = Path.of("src/main/java");

    /**
     * The packages that say they are internal: their public types are public for other packages,
     * not for callers.
     */
    private static final Set<String> INTERNAL =
            Set.of("org.allyadvisor.cli", "org.allyadvisor.text");

    private final JavaParser parser =
            new JavaParser(
                    new ParserConfiguration()
                            .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17));

    @Test
    void everyPackageSaysWhetherItIsApiOrInternal() throws IOException {
        List<String> undocumented = new ArrayList<>();
        for (Path folder : packageFolders()) {
            Path info = folder.resolve("package-info.java");
            String text = Files.exists(info) ? Files.readString(info) : "";
            if (!text.contains("/**") || !(text.contains("API") || text.contains("Internal"))) {
                undocumented.add(SOURCES.relativize(folder).toString());
            }
        }

        assertThat(undocumented)
                .as("packages without a package-info.java that says API or Internal")
                .isEmpty();
    }

    @Test
    void everyPublicTypeOfAnApiPackageHasJavadoc() throws IOException {
        List<String> undocumented = new ArrayList<>();
        for (Path file : sources()) {
            CompilationUnit unit = parse(file);
            String pkg = unit.getPackageDeclaration().map(p -> p.getNameAsString()).orElse("");
            if (INTERNAL.contains(pkg)) {
                continue;
            }
            for (TypeDeclaration<?> type : unit.getTypes()) {
                collectUndocumented(type, file, undocumented);
            }
        }

        assertThat(undocumented)
                .as("public types of API packages without a Javadoc comment")
                .isEmpty();
    }

    @Test
    void aPublicTypeWithoutJavadocIsFound() {
        CompilationUnit unit =
                parser.parse(
                                "package p; /** Documented. */ public class A { public enum Kind { X } }")
                        .getResult()
                        .orElseThrow();
        List<String> undocumented = new ArrayList<>();

        collectUndocumented(unit.getType(0), Path.of("A.java"), undocumented);

        assertThat(undocumented).containsExactly("A.java: Kind");
    }

    private static void collectUndocumented(
            TypeDeclaration<?> type, Path file, List<String> undocumented) {
        if (!type.isPublic()) {
            return; // nothing it encloses is reachable from outside its package
        }
        if (type.getJavadocComment().isEmpty()) {
            undocumented.add(file + ": " + type.getNameAsString());
        }
        type.getMembers().stream()
                .filter(m -> m instanceof TypeDeclaration<?>)
                .forEach(m -> collectUndocumented((TypeDeclaration<?>) m, file, undocumented));
    }

    private CompilationUnit parse(Path file) throws IOException {
        ParseResult<CompilationUnit> result = parser.parse(file);
        assertThat(result.getProblems()).as(file + " parses").isEmpty();
        return result.getResult().orElseThrow();
    }

    private static List<Path> sources() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(
                            f -> f.toString().endsWith(".java") && !f.endsWith("package-info.java"))
                    .sorted()
                    .toList();
        }
    }

    private static List<Path> packageFolders() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(f -> f.toString().endsWith(".java"))
                    .map(Path::getParent)
                    .distinct()
                    .sorted()
                    .toList();
        }
    }
}
