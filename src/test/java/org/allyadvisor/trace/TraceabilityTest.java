package org.allyadvisor.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;
import org.allyadvisor.facts.Budget;
import org.allyadvisor.facts.FactSet;
import org.allyadvisor.rules.Fixtures;
import org.allyadvisor.rules.RuleFolder;
import org.allyadvisor.rules.RuleInfo;
import org.allyadvisor.rules.RuleSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TraceabilityTest {

    /** AAA spends 1.9% of GDP: BUD-1 gives it an action, nothing else fires. */
    private static final FactSet BELOW_FLOOR =
            Fixtures.soundSet(b -> b.budget(new Budget(500.0, 18000.0, 1.9, 30.0, 3.0)));

    @TempDir static Path temp;

    /**
     * The shipped rules with US-2 quoting its list item around an ellipsis, US-1 quoting across two
     * list items, and the article's US-3 item reworded, so that US-3 quotes words no longer there.
     */
    private static RuleSet edited;

    @BeforeAll
    static void editACopyOfTheRules() throws Exception {
        RuleFolder folder =
                RuleFolder.copyOfShipped(temp)
                        .replaceIn(
                                "us-assistance.drl",
                                "@passage(\"Reducing large-scale arms shipments in favor of targeted, strategic support packages\")",
                                "@passage(\"Reducing large-scale arms shipments … strategic support packages\")")
                        .replaceIn(
                                "us-assistance.drl",
                                "@passage(\"Prioritizing advanced technological transfers to enhance allied self-sufficiency\")",
                                "@passage(\"advanced technological transfers ... Reducing large-scale arms shipments\")")
                        .replaceIn(
                                "source/article.txt",
                                "- Increasing training and advisory roles",
                                "- Expanding training and advisory roles");
        edited = RuleSet.load(folder.dir());
    }

    private static PassageTrace passage(Trace trace, String opening) {
        return trace.passages().stream()
                .filter(p -> p.passage().text().startsWith(opening))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void passageCitedByTwoRulesListsEachWithWhatItRaised() throws Exception {
        Trace trace = Traceability.of(Fixtures.shippedRules(), BELOW_FLOOR);

        PassageTrace budgets = passage(trace, "Focus on sustainable defense budgets");

        assertThat(budgets.rules())
                .extracting(e -> e.rule().id(), PassageTrace.Encoding::coverage)
                .containsExactly(
                        tuple("BUD-1", Coverage.WHOLE),
                        tuple("BUD-1", Coverage.WHOLE),
                        tuple("BUD-2", Coverage.PART),
                        tuple("BUD-5", Coverage.PART));
        TracedRule belowFloor = budgets.rules().get(0).rule();
        assertThat(belowFloor.name()).isEqualTo("Defense spending below the NATO floor");
        assertThat(belowFloor.raised().actions())
                .extracting(Raised.RaisedAction::id)
                .containsExactly("AAA/SUSTAINABLE_BUDGETS/raise-to-floor");
        assertThat(budgets.rules().get(2).rule().raised().isEmpty())
                .as("BUD-2 raised nothing")
                .isTrue();
        assertThat(budgets.raised().allies()).containsExactly("AAA");
    }

    @Test
    void passageQuotedAroundAnEllipsisIsEncodedInPart() throws Exception {
        Trace trace = Traceability.of(edited, BELOW_FLOOR);

        PassageTrace shipments = passage(trace, "Reducing large-scale arms shipments");

        assertThat(shipments.rules())
                .extracting(e -> e.rule().id(), PassageTrace.Encoding::coverage)
                .contains(tuple("US-2", Coverage.PART));
    }

    @Test
    void quoteAcrossTwoPassagesEncodesBoth() throws Exception {
        Trace trace = Traceability.of(edited, BELOW_FLOOR);

        assertThat(passage(trace, "Prioritizing advanced technological transfers").rules())
                .extracting(e -> e.rule().id(), PassageTrace.Encoding::coverage)
                .containsExactly(tuple("US-1", Coverage.PART));
        assertThat(passage(trace, "Reducing large-scale arms shipments").rules())
                .extracting(e -> e.rule().id())
                .containsExactly("US-1", "US-2");
    }

    @Test
    void ruleWhosePassageWasEditedOutOfTheSourceIsListedAndThePassageIsAGap() throws Exception {
        Trace trace = Traceability.of(edited, BELOW_FLOOR);

        assertThat(trace.notInSource())
                .extracting(TracedRule::id, TracedRule::quote)
                .containsExactly(
                        tuple(
                                "US-3",
                                "Increasing training and advisory roles rather than deploying substantial U.S. forces abroad"));
        assertThat(trace.gaps())
                .extracting(p -> p.passage().text())
                .contains(
                        "Expanding training and advisory roles rather than deploying substantial U.S. forces abroad");
    }

    @Test
    void passageNoRuleQuotesIsAGapButAHeadingIsNot() throws Exception {
        Trace trace = Traceability.of(Fixtures.shippedRules(), BELOW_FLOOR);

        assertThat(trace.gaps())
                .extracting(p -> p.passage().text())
                .contains("Among the key components of this new policy are:")
                .doesNotContain("Closing Remarks");
        assertThat(passage(trace, "Closing Remarks").passage().kind())
                .isEqualTo(PassageKind.HEADING);
        assertThat(trace.gaps()).noneMatch(p -> p.passage().isHeading());
    }

    @Test
    void everyShippedCatalogueRuleIsListedAndQuotesAPassageOfTheArticle() throws Exception {
        RuleSet shipped = Fixtures.shippedRules();

        Trace trace = Traceability.of(shipped, BELOW_FLOOR);

        assertThat(trace.rules())
                .extracting(TracedRule::name)
                .containsExactlyInAnyOrderElementsOf(
                        shipped.catalogue().stream().map(RuleInfo::name).toList());
        assertThat(trace.notInSource()).isEmpty();
        List<TracedRule> placed =
                trace.passages().stream()
                        .flatMap(p -> p.rules().stream())
                        .map(PassageTrace.Encoding::rule)
                        .toList();
        assertThat(placed).containsAll(trace.rules());
    }

    @Test
    void passagesAreTheArticlesSentencesAndListItemsWithTheirPlace() throws Exception {
        Trace trace = Traceability.of(Fixtures.shippedRules(), BELOW_FLOOR);

        assertThat(passage(trace, "Emphasizing enhanced interoperability").passage())
                .isEqualTo(
                        new Passage(
                                "rules/source/article.txt",
                                18,
                                198,
                                PassageKind.SENTENCE,
                                "Navigating the New Defense Landscape Recommendations for Allied Cooperation",
                                "Emphasizing enhanced interoperability and burden-sharing can mitigate risks associated with reduced "
                                        + "direct support from the US."));
        assertThat(passage(trace, "Allies who have traditionally relied").passage().text())
                .as("U.S. does not end the sentence")
                .endsWith("to enhance their own defense capabilities independently.");
        assertThat(
                        passage(trace, "Prioritizing advanced technological transfers")
                                .passage()
                                .where())
                .isEqualTo("rules/source/article.txt:5:3");
    }

    @Test
    void theSameRulesAndFactsGiveTheSameTrace() throws Exception {
        assertThat(Traceability.of(Fixtures.shippedRules(), BELOW_FLOOR))
                .isEqualTo(Traceability.of(Fixtures.shippedRules(), BELOW_FLOOR));
    }
}
