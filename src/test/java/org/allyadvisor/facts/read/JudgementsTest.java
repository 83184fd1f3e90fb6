package org.allyadvisor.facts.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.allyadvisor.facts.Ally;
import org.allyadvisor.facts.FactSet;
import org.allyadvisor.facts.Provenance;
import org.allyadvisor.facts.Region;
import org.allyadvisor.facts.ThreatDomain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Analysts' judgements fill gaps, carry their basis and source, and never pass for the record. */
class JudgementsTest {

    private static final String ALLIES =
            "id,name,region,threat.level\nPOL,Poland,Europe-East,5\nBEL,Belgium,Europe-West,\n";
    private static final String REGIONS = "id,emergingPowerActivity\nEurope-East,\nEurope-West,\n";

    @TempDir Path dir;

    private void write(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text);
    }

    private FactSet read(String threat, String regions) throws Exception {
        write("allies.csv", ALLIES);
        write("regions.csv", REGIONS);
        if (threat != null) {
            write("judgements-threat.csv", threat);
        }
        if (regions != null) {
            write("judgements-regions.csv", regions);
        }
        return FactReader.read(dir);
    }

    @Test
    void judgementFillsAGapAndIsLabelledWithItsBasisAndSource() throws Exception {
        FactSet facts =
                read(
                        "id,threat.level,threat.domains,basis,source\n"
                                + "BEL,3,CYBER;HYBRID,NATO ally (rule 3a),NATO Strategic Concept 2022\n",
                        null);

        Ally belgium = facts.ally("BEL").orElseThrow();
        assertThat(belgium.threat().level()).isEqualTo(3);
        assertThat(belgium.threat().domains())
                .containsExactly(ThreatDomain.CYBER, ThreatDomain.HYBRID);
        Provenance origin = facts.provenance().ofAlly("BEL", "threat.level");
        assertThat(origin.kind()).isEqualTo(Provenance.Kind.JUDGEMENT);
        assertThat(origin.basis()).isEqualTo("NATO ally (rule 3a)");
        assertThat(origin.source()).isEqualTo("NATO Strategic Concept 2022");
        assertThat(origin.at()).endsWith("judgements-threat.csv:2");
        assertThat(facts.provenance().judgedFields("BEL"))
                .containsExactly("threat.domains", "threat.level");
    }

    @Test
    void judgementThatRepeatsAGivenValueLeavesTheGivenValueItsOrigin() throws Exception {
        FactSet facts =
                read("id,threat.level,basis,source\nPOL,5,land border with Russia,a map\n", null);

        assertThat(facts.ally("POL").orElseThrow().threat().level()).isEqualTo(5);
        assertThat(facts.provenance().ofAlly("POL", "threat.level")).isEqualTo(Provenance.GIVEN);
    }

    @Test
    void judgementThatContradictsAGivenValueIsAnError() {
        write_("id,threat.level,basis,source\nPOL,3,NATO ally,a page\n");
        assertThat(Bad.problems(dir))
                .containsExactly(
                        dir
                                + "/judgements-threat.csv:2:1: judgements.allies[POL].threat.level: "
                                + "the judgement 3 contradicts the value 5 the facts give; a judgement only fills a gap");
    }

    @Test
    void regionJudgementGivesTheRegionItsActivity() throws Exception {
        FactSet facts =
                read(
                        null,
                        "region,emergingPowerActivity,basis,source\nEurope-East,5,Rule R5,a page\n");

        assertThat(facts.region("Europe-East")).contains(new Region("Europe-East", 5));
        assertThat(facts.region("Europe-West")).contains(new Region("Europe-West", null));
        assertThat(facts.provenance().ofRegion("Europe-East", Region.ACTIVITY).isJudgement())
                .isTrue();
    }

    @Test
    void withoutJudgementsTheJudgedValuesAreGapsAgain() throws Exception {
        FactSet facts =
                read(
                        "id,threat.level,basis,source\nBEL,3,NATO ally,a page\n",
                        "region,emergingPowerActivity,basis,source\nEurope-East,5,Rule R5,a page\n");

        FactSet plain = facts.withoutJudgements();

        assertThat(plain.ally("BEL").orElseThrow().threat().level()).isNull();
        assertThat(plain.ally("POL").orElseThrow().threat().level()).isEqualTo(5);
        assertThat(plain.region("Europe-East")).contains(new Region("Europe-East", null));
        assertThat(plain.provenance().hasJudgements()).isFalse();
        assertThat(facts.provenance().hasJudgements()).isTrue();
    }

    @Test
    void judgementsInYamlReadLikeTheTable() throws Exception {
        write("allies.csv", ALLIES);
        write("regions.csv", REGIONS);
        write(
                "judgements.yaml",
                """
                judgements:
                  allies:
                    - {id: BEL, threat: {level: 3}, basis: NATO ally, source: a page}
                  regions:
                    - {region: Europe-West, emergingPowerActivity: 3, basis: Rule R3, source: a page}
                """);

        FactSet facts = FactReader.read(dir);

        assertThat(facts.ally("BEL").orElseThrow().threat().level()).isEqualTo(3);
        assertThat(facts.region("Europe-West")).contains(new Region("Europe-West", 3));
        assertThat(facts.provenance().ofAlly("BEL", "threat.level").at())
                .endsWith("judgements.yaml:3");
    }

    @Test
    void everyFaultOfAJudgementRowIsLocated() {
        write_(
                "id,threat.level,threat.domains,basis,source\n"
                        + "BEL,9,,a basis,a source\n" // out of range
                        + "BEL,,,,a source\n" // no value, no basis
                        + "BEL,3,LAND,a basis,\n"); // no source
        assertThat(Bad.problems(dir))
                .containsExactly(
                        dir
                                + "/judgements-threat.csv:2:2: judgements.allies[BEL].threat.level: 9 is out of range 1..5",
                        dir
                                + "/judgements-threat.csv:3:1: judgements.allies[BEL]: the judgement gives no value; name the field it judges",
                        dir
                                + "/judgements-threat.csv:3:4: judgements.allies[BEL].basis: required field is missing",
                        dir
                                + "/judgements-threat.csv:4:5: judgements.allies[BEL].source: required field is missing");
    }

    @Test
    void judgementOfAnUnknownAllyOrOfAValueJudgedTwiceIsAnError() {
        write_(
                "id,threat.level,threat.domains,basis,source\n"
                        + "XXX,3,,a basis,a source\n"
                        + "BEL,3,LAND,a basis,a source\n"
                        + "BEL,4,,a basis,a source\n");
        assertThat(Bad.problems(dir))
                .containsExactly(
                        dir
                                + "/judgements-threat.csv:2:1: judgements.allies[XXX].id: no ally 'XXX' in the fact set",
                        dir
                                + "/judgements-threat.csv:4:1: judgements.allies[BEL].threat.level: already judged at "
                                + dir
                                + "/judgements-threat.csv:3; keep one judgement per value");
    }

    @Test
    void judgementOfAnUnknownRegionIsAnError() {
        try {
            read(null, "region,emergingPowerActivity,basis,source\nAtlantis,5,Rule R5,a page\n");
        } catch (Exception expected) {
            // read below
        }
        assertThat(Bad.problems(dir))
                .containsExactly(
                        dir
                                + "/judgements-regions.csv:2:1: judgements.regions[Atlantis].region: "
                                + "no region 'Atlantis' in the fact set; it has Europe-East, Europe-West");
    }

    @Test
    void judgementsTableWithoutAnIdOrRegionColumnIsAnError() {
        assertThat(Bad.problems("ally,threat.level,basis,source\nBEL,3,x,y\n", "judgements.csv"))
                .containsExactly(
                        "judgements.csv:1: a judgements table needs an 'id' column (judgements on allies) "
                                + "or a 'region' column (judgements on regions)");
    }

    @Test
    void judgementsTableWithAnUnknownFieldSuggestsTheNearestOne() {
        assertThat(Bad.problems("id,threat.levl,basis,source\nBEL,3,x,y\n", "judgements.csv"))
                .first()
                .asString()
                .contains(
                        "judgements.csv:1:2: threat.levl: unknown field 'threat.levl'; did you mean 'threat.level'?");
    }

    private void write_(String threat) {
        try {
            write("allies.csv", ALLIES);
            write("regions.csv", REGIONS);
            write("judgements-threat.csv", threat);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void provenanceDeclarationsGiveValuesTheirSourceAndCaveat() throws Exception {
        write("allies.csv", ALLIES);
        write(
                "provenance.yaml",
                """
                provenance:
                  - fields: [threat.level]
                    allies: [POL]
                    derived: "D2: land border with Russia or Belarus"
                  - fields: [threat.level]
                    allies: [BEL]
                    sourced: "a table"
                    caveat: "an estimate"
                """);

        FactSet facts = FactReader.read(dir);

        assertThat(facts.provenance().ofAlly("POL", "threat.level"))
                .isEqualTo(
                        Provenance.derived("D2: land border with Russia or Belarus", null)
                                .at(dir + "/provenance.yaml:2"));
        // Belgium's threat level is a gap: there is no value to give an origin
        assertThat(facts.provenance().ofAlly("BEL", "threat.level")).isEqualTo(Provenance.GIVEN);
        assertThat(facts.provenance().allies()).containsOnlyKeys("POL");
    }

    @Test
    void badProvenanceDeclarationsAreLocated() throws Exception {
        write("allies.csv", ALLIES);
        write(
                "provenance.yaml",
                """
                provenance:
                  - fields: [threat.levl]
                    sourced: "a table"
                  - fields: [threat.level]
                    allies: [XXX]
                    sourced: "a table"
                    derived: "a rule"
                  - fields: [usSupport.usTroops]
                """);

        List<String> problems = Bad.problems(dir);

        String file = dir + "/provenance.yaml";
        assertThat(problems)
                .containsExactly(
                        file
                                + ":2:14: provenance[0].fields: unknown field 'threat.levl'; did you mean 'threat.level'?",
                        file
                                + ":4:5: provenance[1]: a value is either sourced or derived; give one of 'sourced' and 'derived'",
                        file
                                + ":8:5: provenance[2]: say where the values come from: 'sourced: <publication>' or 'derived: <rule>'");
    }

    @Test
    void provenanceDeclaredTwiceOrForAnUnknownAllyIsAnError() throws Exception {
        write("allies.csv", ALLIES);
        write(
                "provenance.yaml",
                """
                provenance:
                  - fields: [usSupport.usTroops]
                    sourced: "DMDC"
                  - fields: [usSupport.usTroops]
                    allies: [POL, XXX]
                    sourced: "DMDC"
                """);

        String file = dir + "/provenance.yaml";
        assertThat(Bad.problems(dir))
                .containsExactly(
                        file
                                + ":4:14: provenance.fields: the origin of usSupport.usTroops for POL is already declared at "
                                + file
                                + ":2",
                        file + ":5:19: provenance.allies: no ally 'XXX' in the fact set");
    }
}
