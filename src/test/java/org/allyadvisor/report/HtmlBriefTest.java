package org.allyadvisor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.allyadvisor.engine.Assessor;
import org.allyadvisor.facts.FactSet;
import org.allyadvisor.facts.read.FactReader;
import org.allyadvisor.policy.BudgetPolicy;
import org.allyadvisor.results.Assessment;
import org.allyadvisor.rules.Fixtures;
import org.allyadvisor.rules.RuleSet;
import org.allyadvisor.trace.Traceability;
import org.junit.jupiter.api.Test;

/** What the HTML brief shows is worked out before the template lays it out. */
class HtmlBriefTest {

    private static final RuleSet RULES = Fixtures.shippedRules();

    private static HtmlBrief briefOf(String facts) throws Exception {
        FactSet read = FactReader.read(Path.of(facts));
        Assessment assessment = new Assessor(RULES).assess(read);
        BudgetPolicy budget = RULES.thresholds(assessment.factSet().usSupportLevel()).budget();
        return HtmlBrief.of(assessment, read, budget, Traceability.of(RULES, assessment));
    }

    @Test
    void barsRunLongestFirstColouredByWhereTheyStandAgainstFloorAndTarget() throws Exception {
        HtmlBrief.SpendingChart chart = briefOf("src/test/resources/cli/two-allies.yaml").chart();

        assertThat(chart.bars())
                .extracting(HtmlBrief.Bar::ally, HtmlBrief.Bar::value, HtmlBrief.Bar::band)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("XST", "4.1%", "above"),
                        org.assertj.core.groups.Tuple.tuple("XWK", "1.9%", "below"));
        assertThat(chart.bars().get(0).length()).isGreaterThan(chart.bars().get(1).length());
        assertThat(chart.lines())
                .extracting(HtmlBrief.Line::label)
                .containsExactly("floor 2%", "core target 3.5% by 2035");
        assertThat(chart.lines().get(0).x()).isLessThan(chart.lines().get(1).x());
        assertThat(chart.withoutFigure()).isEmpty();
    }

    @Test
    void briefEndsWithTheTraceabilityMatrixOfItsRules() throws Exception {
        HtmlBrief brief = briefOf("src/test/resources/cli/two-allies.yaml");
        java.io.StringWriter html = new java.io.StringWriter();

        HtmlReport.write(brief, html);

        assertThat(brief.trace().rules()).hasSameSizeAs(RULES.catalogue());
        assertThat(html.toString())
                .contains("<h2 id=\"traceability-title\">Traceability</h2>")
                .contains("<table id=\"traceability-matrix\">")
                .containsSubsequence("<section id=\"traceability\"", "</section>", "<footer>");
    }

    @Test
    void barLengthIsProportionalToSpending() throws Exception {
        HtmlBrief.SpendingChart chart = briefOf("src/test/resources/cli/two-allies.yaml").chart();

        double perPoint = chart.bars().get(0).length() / 4.1;
        assertThat(chart.bars().get(1).length())
                .isCloseTo(
                        (int) Math.round(1.9 * perPoint), org.assertj.core.data.Offset.offset(1));
        assertThat(chart.lines().get(0).x() - chart.left())
                .isCloseTo(
                        (int) Math.round(2.0 * perPoint), org.assertj.core.data.Offset.offset(1));
    }

    @Test
    void alliesWithoutASpendingFigureAreNamedNotCharted() throws Exception {
        HtmlBrief brief = briefOf("facts");

        assertThat(brief.chart().withoutFigure()).containsExactly("ISL", "QAT", "ARE");
        assertThat(brief.chart().bars()).hasSize(44);
    }

    @Test
    void matrixCellHoldsTheMostUrgentPriorityAndTheCountOfActions() throws Exception {
        HtmlBrief brief = briefOf("facts");

        HtmlBrief.MatrixRow belgium =
                brief.matrix().rows().stream()
                        .filter(r -> r.ally().equals("BEL"))
                        .findFirst()
                        .orElseThrow();
        assertThat(belgium.cells().get(0))
                .isEqualTo(
                        new HtmlBrief.MatrixCell(
                                "HIGH", 2)); // SUSTAINABLE_BUDGETS: BUD-1 HIGH, BUD-3 MEDIUM
        assertThat(belgium.cells().get(1).empty()).isTrue();
        assertThat(brief.matrix().rows()).hasSize(47);
    }

    @Test
    void judgementsUsedAreListedOnceEachWithTheirBasis() throws Exception {
        HtmlBrief brief = briefOf("facts");

        assertThat(brief.judgements())
                .isNotEmpty()
                .allSatisfy(j -> assertThat(j.basis()).isNotBlank());
        assertThat(brief.judgements())
                .extracting(j -> j.ally() + "/" + j.fact())
                .doesNotHaveDuplicates();
    }
}
