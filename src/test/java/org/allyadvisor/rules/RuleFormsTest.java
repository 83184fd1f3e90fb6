package org.allyadvisor.rules;

import static org.allyadvisor.rules.Fixtures.actionOfFirst;
import static org.allyadvisor.rules.Fixtures.soundSet;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.allyadvisor.engine.Assessor;
import org.allyadvisor.facts.Capabilities;
import org.allyadvisor.facts.Diplomacy;
import org.allyadvisor.facts.FactSet;
import org.allyadvisor.facts.Threat;
import org.allyadvisor.results.Action;
import org.allyadvisor.results.RuleRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The three forms a rule is written in (DRL, DSL sentences, decision-table rows) load side by side
 * and cite where they are written.
 */
class RuleFormsTest {

    private static final String CYBER = "DEFENSE_TECHNOLOGY/upgrade-cyber-defense";

    @TempDir Path temp;

    /**
     * Cyber defense 1 under threat level 5, which calls for 4: three levels short, a severe
     * shortfall.
     */
    private static FactSet cyberFarShort() {
        return soundSet(
                b ->
                        b.threat(new Threat(5, List.of()))
                                .capabilities(new Capabilities(1, null, null)));
    }

    @Test
    void tableRowIsARuleWithTheMetadataOfADrlRule() throws Exception {
        RuleInfo row =
                Fixtures.shippedRules()
                        .rule("Cyber defense far short of what the threat calls for")
                        .orElseThrow();

        assertThat(row.form()).isEqualTo(RuleForm.TABLE);
        assertThat(row.id()).isEqualTo("TECH-1");
        assertThat(row.category()).isEqualTo("DEFENSE_TECHNOLOGY");
        assertThat(row.recommendation()).isEqualTo("Upgrade defense technologies");
        assertThat(row.passage())
                .startsWith("Upgrade defense technologies: Investments in cyber defense");
        assertThat(row.requires()).containsExactly("capabilities.cyberDefense", "threat.level");
        assertThat(row.file()).isEqualTo("rules/technology.csv");
        assertThat(row.line()).isEqualTo(lineOf("technology.csv", "Cyber defense far short"));
    }

    @Test
    void dslRuleIsCitedAtItsRuleLineInTheDslr() throws Exception {
        RuleInfo rule =
                Fixtures.shippedRules()
                        .rule("Few standing dialogues with regional partners")
                        .orElseThrow();

        assertThat(rule.form()).isEqualTo(RuleForm.DSL);
        assertThat(rule.id()).isEqualTo("DIP-1");
        assertThat(rule.file()).isEqualTo("rules/diplomacy.dslr");
        assertThat(rule.line())
                .isEqualTo(lineOf("diplomacy.dslr", "rule \"Few standing dialogues"));
    }

    @Test
    void shippedRulesHoldEveryFormAndTheBuiltInCopyKnowsThem() throws Exception {
        RuleSet builtIn = RuleSet.builtIn();

        assertThat(builtIn.precompiled()).isTrue();
        assertThat(builtIn.catalogue())
                .extracting(RuleInfo::form)
                .contains(RuleForm.DRL, RuleForm.DSL, RuleForm.TABLE);
        assertThat(builtIn.catalogue()).isEqualTo(Fixtures.shippedRules().catalogue());
    }

    @Test
    void actionCitesTheTableRowThatGaveIt() throws Exception {
        Action action = actionOfFirst(Fixtures.assess(cyberFarShort()), CYBER);

        assertThat(action.ruleIds()).containsExactly("TECH-1");
        assertThat(action.rule())
                .isEqualTo(
                        new RuleRef(
                                "Cyber defense far short of what the threat calls for",
                                "rules/technology.csv",
                                lineOf("technology.csv", "Cyber defense far short")));
    }

    @Test
    void actionCitesTheDslrLineOfItsRule() throws Exception {
        Action action =
                actionOfFirst(
                        Fixtures.assess(soundSet(b -> b.diplomacy(new Diplomacy(1, true)))),
                        "DIPLOMATIC_ENGAGEMENT/open-standing-channels");

        assertThat(action.rule())
                .isEqualTo(
                        new RuleRef(
                                "Few standing dialogues with regional partners",
                                "rules/diplomacy.dslr",
                                lineOf("diplomacy.dslr", "rule \"Few standing dialogues")));
    }

    @Test
    void xlsxTableLoadsAndAdvisesLikeTheCsv() throws Exception {
        RuleFolder rules =
                RuleFolder.copyOfShipped(temp)
                        .delete("technology.csv")
                        .withResource("forms/technology.xlsx", "technology.xlsx");

        RuleSet xlsx = RuleSet.load(rules.dir());
        RuleInfo row =
                xlsx.rule("Cyber defense far short of what the threat calls for").orElseThrow();
        Action action = actionOfFirst(new Assessor(xlsx).assess(cyberFarShort()), CYBER);

        assertThat(row.form()).isEqualTo(RuleForm.TABLE);
        assertThat(row.file()).isEqualTo(rules.shown("technology.xlsx"));
        assertThat(row.line()).isEqualTo(lineOf("technology.csv", "Cyber defense far short"));
        assertThat(action.evidence())
                .isEqualTo(actionOfFirst(Fixtures.assess(cyberFarShort()), CYBER).evidence());
        assertThat(action.priority())
                .isEqualTo(actionOfFirst(Fixtures.assess(cyberFarShort()), CYBER).priority());
    }

    @Test
    void xlsxResourceHoldsTheShippedTable() throws Exception {
        RuleFile csv =
                RuleFile.ofText(
                        "technology.csv",
                        "rules/technology.csv",
                        java.nio.file.Files.readString(Path.of("rules/technology.csv")));
        RuleFile xlsx =
                new RuleFile(
                        "technology.xlsx",
                        "rules/technology.xlsx",
                        java.nio.file.Files.readAllBytes(
                                Path.of("src/test/resources/forms/technology.xlsx")));

        assertThat(DecisionTables.toDrl(xlsx)).isEqualTo(DecisionTables.toDrl(csv));
    }

    @Test
    void formsMixInOneFolder() throws Exception {
        // the diplomacy rules back in DRL, the technology rules as an XLSX table, the rest DRL
        RuleFolder rules =
                RuleFolder.copyOfShipped(temp)
                        .delete("technology.csv")
                        .delete("diplomacy.dsl")
                        .delete("diplomacy.dslr")
                        .withResource("forms/technology.xlsx", "technology.xlsx")
                        .withResource("forms/drl-before-forms/diplomacy.drl", "diplomacy.drl");

        RuleSet mixed = RuleSet.load(rules.dir());

        assertThat(mixed.catalogueById().get("DIP-1"))
                .singleElement()
                .satisfies(rule -> assertThat(rule.form()).isEqualTo(RuleForm.DRL));
        assertThat(mixed.catalogueById().get("TECH-2"))
                .extracting(RuleInfo::form)
                .containsOnly(RuleForm.TABLE);
        assertThat(mixed.warnings()).isEmpty();
    }

    @Test
    void aFolderOfOnlyATableAndThresholdsLoads() throws Exception {
        // a table needs the classification rules it matches on; with them, no DRL file of advice is
        // needed
        RuleFolder rules = RuleFolder.copyOfShipped(temp);
        for (String file :
                List.of(
                        "budget.drl",
                        "diplomacy.dsl",
                        "diplomacy.dslr",
                        "interoperability.drl",
                        "regional.drl",
                        "risks.drl",
                        "self-reliance.drl",
                        "strategy.drl",
                        "threat-domains.drl",
                        "us-assistance.drl",
                        "classify-strategy.drl")) {
            rules.delete(file);
        }

        RuleSet tableOnly = RuleSet.load(rules.dir());

        assertThat(tableOnly.catalogue())
                .extracting(RuleInfo::id)
                .containsOnly("TECH-1", "TECH-2", "TECH-3");
    }

    static int lineOf(String file, String text) throws Exception {
        List<String> lines = java.nio.file.Files.readAllLines(Path.of("rules", file));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(file + " has no line with " + text);
    }
}
