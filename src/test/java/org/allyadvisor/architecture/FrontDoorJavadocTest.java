package org.allyadvisor.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.nodeTypes.NodeWithJavadoc;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The classes an embedder meets first (README's library snippet, the exceptions it catches, the
 * fact builders) document every public member, not only the type: an undocumented {@code
 * assess(FactSet)}, a builder setter that does not say what null does, or {@code
 * RuleSetException.problems()} without a word is what a reader of the Javadoc trips on. A record's
 * accessors and compact constructor are documented by its {@code @param} lines, and an override by
 * what it overrides, so neither is asked for here.
 */
class FrontDoorJavadocTest {

    private static final Path SOURCES = Path.of("src/main/java/org/allyadvisor");

    private static final List<String> FRONT_DOOR =
            List.of(
                    "engine/Assessor.java",
                    "engine/AssessOptions.java",
                    "engine/Explainer.java",
                    "engine/RuleRunException.java",
                    "engine/RunawayRulesException.java",
                    "engine/RuleFailedException.java",
                    "engine/DeadlineExceededException.java",
                    "engine/MemoryFloodException.java",
                    "rules/RuleSet.java",
                    "rules/RuleSetException.java",
                    "rules/CompiledRuleCache.java",
                    "facts/read/FactReader.java",
                    "facts/read/BadFactsException.java",
                    "facts/Ally.java",
                    "facts/Budget.java",
                    "facts/Capabilities.java",
                    "facts/Diplomacy.java",
                    "facts/FactSet.java",
                    "facts/Interoperability.java",
                    "facts/Meta.java",
                    "facts/Threat.java",
                    "facts/UsSupport.java",
                    "results/Assessment.java",
                    "results/AllyAssessment.java",
                    "results/Action.java",
                    "advice/Evidence.java",
                    "whatif/WhatIf.java",
                    "sweep/Sweep.java",
                    "uncertainty/Uncertainty.java");

    private final JavaParser parser =
            new JavaParser(
                    new ParserConfiguration()
                            .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17));

    @Test
    void everyPublicMemberOfTheFrontDoorHasJavadoc() throws IOException {
        List<String> undocumented = new ArrayList<>();
        for (String file : FRONT_DOOR) {
            for (TypeDeclaration<?> type : parse(SOURCES.resolve(file)).getTypes()) {
                collectUndocumented(type, file, undocumented);
            }
        }

        assertThat(undocumented).as("public members of the front door without Javadoc").isEmpty();
    }

    @Test
    void anUndocumentedMethodIsFoundAndAnOverrideIsNot() {
        CompilationUnit unit =
                parser.parse(
                                "package p; /** A. */ public class A {"
                                        + " public A() {}"
                                        + " /** Documented. */ public void run() {}"
                                        + " @Override public String toString() { return \"\"; }"
                                        + " public static final int N = 1;"
                                        + " /** B. */ public static class B { public void go() {} } }")
                        .getResult()
                        .orElseThrow();
        List<String> undocumented = new ArrayList<>();

        collectUndocumented(unit.getType(0), "A.java", undocumented);

        assertThat(undocumented).containsExactly("A.java: A.A()", "A.java: A.N", "A.java: B.go()");
    }

    private static void collectUndocumented(
            TypeDeclaration<?> type, String file, List<String> undocumented) {
        if (!type.isPublic()) {
            return;
        }
        for (BodyDeclaration<?> member : type.getMembers()) {
            if (member instanceof TypeDeclaration<?> nested) {
                collectUndocumented(nested, file, undocumented);
            } else if (member instanceof CallableDeclaration<?> callable
                    && callable.isPublic()
                    && callable.getAnnotationByName("Override").isEmpty()
                    && callable.getJavadocComment().isEmpty()) {
                undocumented.add(
                        file
                                + ": "
                                + type.getNameAsString()
                                + "."
                                + callable.getNameAsString()
                                + "("
                                + String.join(
                                        ", ",
                                        callable.getParameters().stream()
                                                .map(p -> p.getType().asString())
                                                .toList())
                                + ")");
            } else if (member instanceof FieldDeclaration field
                    && field.isPublic()
                    && ((NodeWithJavadoc<?>) field).getJavadocComment().isEmpty()) {
                undocumented.add(
                        file
                                + ": "
                                + type.getNameAsString()
                                + "."
                                + field.getVariable(0).getNameAsString());
            }
        }
    }

    private CompilationUnit parse(Path file) throws IOException {
        ParseResult<CompilationUnit> result = parser.parse(file);
        assertThat(result.getProblems()).as(file + " parses").isEmpty();
        return result.getResult().orElseThrow();
    }
}
