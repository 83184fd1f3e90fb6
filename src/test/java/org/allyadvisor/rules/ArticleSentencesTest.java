package org.allyadvisor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.allyadvisor.shared.SharedFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The article, fully encoded: every sentence that names a component of the new US policy, warns of
 * a consequence or gives advice has a rule whose passage quotes it, whole or in part. The sentences
 * are listed here as a checklist; the article itself is read to make sure the list leaves out no
 * bullet point and no sentence of the recommendations paragraph.
 */
class ArticleSentencesTest {

    private static final Path ARTICLE =
            SharedFiles.path("reference/article-pentagon-limited-support.txt");

    /**
     * The three bullet lists: the policy's components, its consequences, the experts'
     * recommendations.
     */
    static final List<String> BULLET_POINTS =
            List.of(
                    "Prioritizing advanced technological transfers to enhance allied self-sufficiency",
                    "Reducing large-scale arms shipments in favor of targeted, strategic support packages",
                    "Increasing training and advisory roles rather than deploying substantial U.S. forces abroad",
                    "Encouraging regional partnerships that distribute security responsibilities among neighboring countries",
                    "Heightened regional security responsibilities for allies, possibly stretching their military capacities.",
                    "Increased diplomatic tensions as some partners reassess the reliability of U.S. commitments.",
                    "Opportunities for emerging powers to fill strategic gaps, altering the existing balance of influence.",
                    "The need for more innovative, multilateral security arrangements beyond traditional bilateral partnerships.",
                    "Prioritize regional partnerships: Building localized coalitions can deliver swift, coordinated responses "
                            + "tailored to specific security challenges.",
                    "Upgrade defense technologies: Investments in cyber defense, missile defense systems, and unmanned "
                            + "capabilities will bolster resilience in multidimensional threat environments.",
                    "Enhance diplomatic engagement: Open channels for dialogue ensure synchronized policy decisions and reduce "
                            + "the risk of strategic miscalculations.",
                    "Focus on sustainable defense budgets: Allocating resources wisely ensures readiness and the ability to "
                            + "respond independently when necessary.");

    /** The recommendations paragraph, sentence by sentence. */
    static final List<String> RECOMMENDATION_SENTENCES =
            List.of(
                    "As the Pentagon signals a shift toward more constrained commitments, allied nations must recalibrate "
                            + "their defense strategies to maintain collective security amidst evolving geopolitical tensions.",
                    "Emphasizing enhanced interoperability and burden-sharing can mitigate risks associated with reduced "
                            + "direct support from the US.",
                    "Crucially, allies are encouraged to invest in their own military capabilities, cultivate robust "
                            + "intelligence-sharing frameworks, and pursue joint training exercises that strengthen operational "
                            + "cohesion without overreliance on American resources.");

    /**
     * The sentences of the other paragraphs that say what the new policy gives allies or asks of
     * them.
     */
    static final List<String> OTHER_ADVICE_SENTENCES =
            List.of(
                    "Officials indicate that while the United States remains committed to its allies, future aid will "
                            + "prioritize quality over quantity, focusing on empowering partners to sustain their own defense "
                            + "capabilities with less direct U.S. involvement.",
                    "Allies who have traditionally relied on robust U.S. military assistance may now face increased pressure "
                            + "to enhance their own defense capabilities independently.",
                    "This recalibration could lead to a redefinition of defense collaboration frameworks and necessitate "
                            + "greater resource allocation from partner nations themselves.");

    private static final String RECOMMENDATIONS_PARAGRAPH_OPENS =
            "As the Pentagon signals a shift toward more constrained";

    private static String article;

    @BeforeAll
    static void readArticle() throws Exception {
        article = Files.readString(ARTICLE);
    }

    private static List<String> sentences() {
        return Stream.of(BULLET_POINTS, RECOMMENDATION_SENTENCES, OTHER_ADVICE_SENTENCES)
                .flatMap(List::stream)
                .toList();
    }

    @Test
    void listsEveryBulletPointOfTheArticle() {
        List<String> bullets =
                article.lines()
                        .filter(line -> line.startsWith("- "))
                        .map(line -> line.substring(2))
                        .toList();

        assertThat(BULLET_POINTS).containsExactlyElementsOf(bullets);
    }

    @Test
    void listsEverySentenceOfTheRecommendationsParagraph() {
        String paragraph =
                article.lines()
                        .filter(line -> line.startsWith(RECOMMENDATIONS_PARAGRAPH_OPENS))
                        .findFirst()
                        .orElseThrow();

        assertThat(RECOMMENDATION_SENTENCES)
                .containsExactlyElementsOf(
                        Arrays.asList(paragraph.strip().split("(?<=\\.)\\s+(?=[A-Z])")));
    }

    @Test
    void everyListedSentenceIsTheArticlesOwnWords() {
        assertThat(sentences()).allSatisfy(sentence -> assertThat(article).contains(sentence));
    }

    @Test
    void everySentenceHasARuleWhosePassageQuotesIt() {
        List<RuleInfo> rules = Fixtures.shippedRules().catalogue();
        List<String> unquoted = new ArrayList<>();
        for (String sentence : sentences()) {
            if (rules.stream().noneMatch(rule -> sentence.contains(rule.passage()))) {
                unquoted.add(sentence);
            }
        }

        assertThat(unquoted).as("sentences no rule's @passage quotes").isEmpty();
    }

    @Test
    void everyRulePassageQuotesOneListedSentence() {
        // so that a rule quoting a sentence left off the list above shows up here
        assertThat(Fixtures.shippedRules().catalogue())
                .allSatisfy(
                        rule ->
                                assertThat(sentences())
                                        .as("the sentence %s (%s) quotes", rule.id(), rule.name())
                                        .anyMatch(sentence -> sentence.contains(rule.passage())));
    }
}
