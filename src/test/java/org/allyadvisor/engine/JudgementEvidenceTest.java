package org.allyadvisor.engine;

import static org.allyadvisor.rules.Fixtures.shippedRules;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.allyadvisor.advice.RiskKind;
import org.allyadvisor.facts.FactSet;
import org.allyadvisor.facts.Provenance;
import org.allyadvisor.facts.read.FactReader;
import org.allyadvisor.results.AllyAssessment;
import org.allyadvisor.results.Assessment;
import org.allyadvisor.results.Risk;
import org.junit.jupiter.api.Test;

/**
 * Advice that rests on an analyst's judgement says so, and disappears when judgements are left out.
 */
class JudgementEvidenceTest {

    private static final Path JUDGED = Path.of("src/test/resources/golden/judged.facts");

    private final Assessor assessor = new Assessor(shippedRules());

    @Test
    void evidenceNamesTheOriginOfEveryFactValue() throws Exception {
        AllyAssessment betaland =
                assessor.assess(FactReader.read(JUDGED)).ally("XBB").orElseThrow();

        Risk stretched = risk(betaland, RiskKind.STRETCHED_CAPACITY);
        assertThat(stretched.evidence().origins().get("threat.level").kind())
                .isEqualTo(Provenance.Kind.JUDGEMENT);
        assertThat(stretched.evidence().origins().get("threat.level").basis())
                .isEqualTo("Invented: an invented cyber campaign");
        assertThat(stretched.evidence().restsOnJudgement()).isTrue();
        var floor = betaland.actions().get(0).evidence();
        assertThat(floor.origins()).containsOnlyKeys("budget.defensePctGdp");
        assertThat(floor.origins().get("budget.defensePctGdp"))
                .isEqualTo(
                        Provenance.sourced("An invented budget table", "estimates")
                                .at(JUDGED + "/provenance.yaml:2"));
        assertThat(floor.restsOnJudgement()).isFalse();
    }

    @Test
    void aValueDerivedByAWrittenRuleKeepsThatOriginWhenAJudgementAgreesWithIt() throws Exception {
        AllyAssessment alphaland =
                assessor.assess(FactReader.read(JUDGED)).ally("XAA").orElseThrow();

        Provenance level =
                risk(alphaland, RiskKind.STRETCHED_CAPACITY)
                        .evidence()
                        .origins()
                        .get("threat.level");
        assertThat(level.kind()).isEqualTo(Provenance.Kind.DERIVED);
        assertThat(level.rule()).startsWith("Invented rule");
    }

    @Test
    void withoutJudgementsTheAdviceThatRestsOnThemIsGoneAndTheGapsReturn() throws Exception {
        FactSet facts = FactReader.read(JUDGED);

        Assessment with = assessor.assess(facts);
        Assessment without = assessor.assess(facts, AssessOptions.DEFAULTS.withoutJudgements(true));

        assertThat(with.factSet().judgements()).isEqualTo(Assessment.Judgements.INCLUDED);
        assertThat(without.factSet().judgements()).isEqualTo(Assessment.Judgements.EXCLUDED);
        assertThat(with.ally("XBB").orElseThrow().risks())
                .extracting(Risk::kind)
                .containsExactlyInAnyOrder(
                        RiskKind.STRETCHED_CAPACITY, RiskKind.EMERGING_POWER_GAP);
        assertThat(without.ally("XBB").orElseThrow().risks()).isEmpty();
        assertThat(without.ally("XBB").orElseThrow().dataGaps())
                .extracting(g -> g.field())
                .contains("threat.level", "region.emergingPowerActivity");
        assertThat(without.allies())
                .allSatisfy(
                        a -> {
                            a.actions()
                                    .forEach(
                                            x ->
                                                    assertThat(x.evidence().restsOnJudgement())
                                                            .isFalse());
                            a.risks()
                                    .forEach(
                                            r ->
                                                    assertThat(r.evidence().restsOnJudgement())
                                                            .isFalse());
                        });
    }

    @Test
    void aFactSetWithoutJudgementsSaysSo() throws Exception {
        Assessment plain =
                assessor.assess(
                        FactReader.read(
                                Path.of("src/test/resources/golden/two-allies.facts.yaml")));

        assertThat(plain.factSet().judgements()).isEqualTo(Assessment.Judgements.NONE);
    }

    @Test
    void anAllyWithNoActionSaysWhichRulesRanAndFoundNothing() throws Exception {
        Assessment result = assessor.assess(FactReader.read(JUDGED));
        AllyAssessment gammaland = result.ally("XCC").orElseThrow();

        // XCC gets REG-3 only; the rules its data let run and that found nothing are named, the
        // blocked ones are gaps
        assertThat(gammaland.quietRules())
                .contains("BUD-1", "BUD-3")
                .doesNotContain("REG-3", "RISK-1", "TECH-1");
        assertThat(gammaland.dataGaps()).anySatisfy(g -> assertThat(g.rules()).contains("RISK-1"));
    }

    @Test
    void coalitionsCarryTheirPassageAndThePortfolioItsTitles() throws Exception {
        Assessment result = assessor.assess(FactReader.read(JUDGED));

        assertThat(result.coalitions())
                .isNotEmpty()
                .allSatisfy(
                        c ->
                                assertThat(c.source().passage())
                                        .startsWith("Building localized coalitions"));
        assertThat(result.portfolio().get(0).title())
                .isEqualTo("Raise defense spending to the 2% of GDP floor");
    }

    @Test
    void aScoreThatWeighsAJudgedThreatLevelSaysSo() throws Exception {
        AllyAssessment betaland =
                assessor.assess(FactReader.read(JUDGED)).ally("XBB").orElseThrow();

        var floor = betaland.actions().get(0);
        assertThat(floor.evidence().restsOnJudgement()).isFalse();
        assertThat(floor.scoring().threatJudged()).isTrue();
        assertThat(floor.scoring().formula()).contains("(threat level 4, an analysts' judgement)");
        assertThat(
                        org.allyadvisor.report.TableReport.render(
                                assessor.assess(FactReader.read(JUDGED))))
                .contains("BUD-1; score weighs a judged threat level");
    }

    private static Risk risk(AllyAssessment ally, RiskKind kind) {
        return ally.risks().stream().filter(r -> r.kind() == kind).findFirst().orElseThrow();
    }
}
