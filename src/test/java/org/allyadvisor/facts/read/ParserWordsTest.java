package org.allyadvisor.facts.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.allyadvisor.facts.FactSet;
import org.junit.jupiter.api.Test;

/**
 * What the YAML and JSON parsers find wrong is said in the file's terms: the field a value stands
 * in, or what is wrong with the text, never the parser's own Java settings or classes.
 */
class ParserWordsTest {

    private static final String POL = "allies:\n  - id: POL\n    name: Poland\n    region: E\n";

    @Test
    void yamlInfinityInANumberFieldIsAProblemOfThatField() {
        assertThat(Bad.problems(POL + "    budget:\n      defensePctGdp: .inf\n", "f.yaml"))
                .containsExactly(
                        "f.yaml:6:22: allies[POL].budget.defensePctGdp: expected a finite number, got .inf");
    }

    @Test
    void everyYamlNotANumberIsReportedNotOnlyTheFirst() {
        assertThat(
                        Bad.problems(
                                POL
                                        + "    budget:\n      gdpUsdBn: -.Inf\n      defenseUsdM: .NaN\n",
                                "f.yaml"))
                .containsExactly(
                        "f.yaml:6:17: allies[POL].budget.gdpUsdBn: expected a finite number, got -.Inf",
                        "f.yaml:7:20: allies[POL].budget.defenseUsdM: expected a finite number, got .NaN");
    }

    @Test
    void jsonNanAndInfinityAreProblemsOfTheirFields() {
        String json =
                "{\"allies\":[{\"id\":\"POL\",\"name\":\"P\",\"region\":\"E\","
                        + "\"budget\":{\"defenseUsdM\":NaN,\"gdpUsdBn\":-Infinity}}]}";

        assertThat(Bad.problems(json, "f.json"))
                .containsExactly(
                        "f.json:1:72: allies[POL].budget.defenseUsdM: expected a finite number, got NaN",
                        "f.json:1:87: allies[POL].budget.gdpUsdBn: expected a finite number, got -Infinity");
    }

    @Test
    void yamlInfinitySpellingInATextFieldIsText() throws BadFactsException {
        FactSet read =
                FactReader.read(
                        "allies:\n  - id: POL\n    name: .inf\n    region: .nan\n", "f.yaml");

        assertThat(read.allies().get(0).name()).isEqualTo(".inf");
    }

    @Test
    void nestingTooDeepIsSaidWithoutParserSettings() {
        assertThat(Bad.problems("allies: " + "[".repeat(1200) + "]".repeat(1200), "f.yaml"))
                .containsExactly("f.yaml:1: syntax: nested more than 1000 levels deep");
        assertThat(
                        Bad.problems(
                                "{\"allies\": " + "[".repeat(1200) + "]".repeat(1200) + "}",
                                "f.json"))
                .containsExactly("f.json:1: syntax: nested more than 1000 levels deep");
    }

    @Test
    void numberTooLongIsSaidWithoutParserSettings() {
        String json =
                "{\"allies\":[{\"id\":\"POL\",\"name\":\"P\",\"region\":\"E\","
                        + "\"budget\":{\"defenseUsdM\":"
                        + "1".repeat(1500)
                        + "}}]}";

        assertThat(Bad.problems(json, "f.json"))
                .containsExactly(
                        "f.json:1: syntax: a number of 1500 digits; at most 1000 are read");
    }

    @Test
    void keyThatIsAListIsSaidInTheFilesTerms() {
        List<String> problems = Bad.problems(POL + "    ? [a, b]\n    : 1\n", "f.yaml");

        assertThat(problems)
                .containsExactly("f.yaml:5:8: syntax: a key must be a word, got a list");
    }

    @Test
    void yamlIndentedOutOfLineIsSaidWithoutParserTokens() {
        assertThat(Bad.problems("allies:\n  - id: POL\n   name: P\n", "f.yaml"))
                .containsExactly(
                        "f.yaml:3:4: syntax: this line is not indented like the lines of its section above it");
    }

    @Test
    void yamlEndingInsideAQuoteOrABracketIsSaidWithoutParserTokens() {
        assertThat(Bad.problems("allies:\n  - id: POL\n    name: \"Pol\n", "f.yaml"))
                .containsExactly(
                        "f.yaml:4:1: syntax: the file ends inside a quoted value; close its quote");
        assertThat(Bad.problems("allies: [\n", "f.yaml"))
                .containsExactly(
                        "f.yaml:2:1: syntax: the file ends where a value or a closing bracket belongs");
    }
}
