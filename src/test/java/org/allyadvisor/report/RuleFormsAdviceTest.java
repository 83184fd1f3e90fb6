package org.allyadvisor.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import org.allyadvisor.engine.Assessor;
import org.allyadvisor.facts.FactSet;
import org.allyadvisor.facts.read.FactReader;
import org.allyadvisor.rules.Fixtures;
import org.allyadvisor.rules.RuleFolder;
import org.allyadvisor.rules.RuleSet;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * TECH-1..3 became a decision table and DIP-1..2 DSL sentences; the DRL they were written in before
 * is kept in src/test/resources/forms/drl-before-forms. On the shipped facts, the invented allies
 * that make every rule fire, and the golden fact sets, the two give the same advice: the same
 * actions, priorities, scores, rationales and evidence. Only where each rule is written (its name,
 * file and line) differs.
 */
class RuleFormsAdviceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir static Path temp;

    private static RuleSet before;

    private static synchronized RuleSet drlBeforeForms() throws Exception {
        if (before == null) {
            before =
                    RuleSet.load(
                            RuleFolder.copyOfShipped(temp)
                                    .delete("technology.csv")
                                    .delete("diplomacy.dsl")
                                    .delete("diplomacy.dslr")
                                    .withResource(
                                            "forms/drl-before-forms/technology.drl",
                                            "technology.drl")
                                    .withResource(
                                            "forms/drl-before-forms/diplomacy.drl", "diplomacy.drl")
                                    .dir());
        }
        return before;
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "facts",
                "facts/nato-2025e",
                "facts/examples/synthetic",
                "src/test/resources/golden/two-allies.facts.yaml",
                "src/test/resources/golden/csv-folder.facts"
            })
    void tableAndDslGiveTheAdviceTheirDrlGave(String facts) throws Exception {
        FactSet factSet = FactReader.read(Path.of(facts));

        JsonNode now =
                withoutRuleLocations(
                        JsonReport.render(new Assessor(Fixtures.shippedRules()).assess(factSet)));
        JsonNode then =
                withoutRuleLocations(
                        JsonReport.render(new Assessor(drlBeforeForms()).assess(factSet)));

        assertThat(now).isEqualTo(then);
        assertThat(now.toString())
                .contains("TECH-1"); // the comparison covers the rules that changed form
    }

    /**
     * The JSON without the rule set's fingerprint and source, and without each rule's name, file
     * and line.
     */
    private static JsonNode withoutRuleLocations(String json) throws Exception {
        JsonNode tree = JSON.readTree(json);
        ((ObjectNode) tree).remove("rules");
        strip(tree);
        return tree;
    }

    private static void strip(JsonNode node) {
        if (node instanceof ObjectNode object) {
            if (object.has("file") && object.has("line")) {
                object.remove(List.of("name", "file", "line"));
            }
        }
        node.forEach(RuleFormsAdviceTest::strip);
    }
}
