package org.allyadvisor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every catalogued rule quotes the source article word for word: passage and section heading. */
class ArticlePassagesTest {

    /** The catalogue of SPEC §3, version 1. */
    private static final List<String> VERSION_ONE =
            List.of(
                    "BUD-1", "BUD-2", "BUD-3", "BUD-4", "BUD-5", "TECH-1", "TECH-2", "TECH-3",
                    "REG-1", "REG-2", "REG-3", "DIP-1", "DIP-2", "INT-1", "INT-2", "INT-3", "US-1",
                    "US-2", "US-3", "US-4", "RISK-1", "RISK-2", "RISK-3");

    /**
     * The rules that encode the passages version 1 left out (ArticleSentencesTest lists the
     * sentences).
     */
    private static final List<String> REST_OF_THE_ARTICLE =
            List.of("BUD-6", "BUD-7", "TECH-4", "INT-4", "INT-5", "REG-4", "US-5");

    @Test
    void everyPassageAndSectionIsQuotedVerbatimFromTheArticle() {
        // the article the rule set carries (rules/source/article.txt, the reference article byte
        // for byte: ShippedSourceTextTest)
        SourceTexts article = Fixtures.shippedRules().sources();

        assertThat(Fixtures.shippedRules().catalogue())
                .isNotEmpty()
                .allSatisfy(
                        rule -> {
                            assertThat(article.quotes(rule.passage()))
                                    .as("passage of %s (%s) is quoted", rule.id(), rule.name())
                                    .isTrue();
                            assertThat(article.quotes(rule.section()))
                                    .as("section of %s (%s) is quoted", rule.id(), rule.name())
                                    .isTrue();
                        });
    }

    @Test
    void theShippedRulesCarryTheArticleTheyQuote() {
        assertThat(Fixtures.shippedRules().sources().documents())
                .extracting(SourceTexts.SourceText::file)
                .containsExactly("rules/source/article.txt");
    }

    @Test
    void everyCatalogueIdHasARuleAndNoOtherIdIsUsed() {
        String[] catalogue =
                Stream.concat(VERSION_ONE.stream(), REST_OF_THE_ARTICLE.stream())
                        .toArray(String[]::new);

        assertThat(Fixtures.shippedRules().catalogue())
                .extracting(RuleInfo::id)
                .containsOnly(catalogue);
    }
}
