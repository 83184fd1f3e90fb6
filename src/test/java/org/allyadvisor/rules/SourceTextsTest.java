package org.allyadvisor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SourceTextsTest {

    private static final SourceTexts ARTICLE =
            new SourceTexts(
                    List.of(
                            new SourceTexts.SourceText(
                                    "article.txt",
                                    "The Pentagon will give “more limited” support.\nAllies must   invest in their own capabilities, "
                                            + "cultivate intelligence\u2011sharing, and train.")));

    @Test
    void passageWordForWordIsQuoted() {
        assertThat(ARTICLE.quotes("Allies must invest in their own capabilities")).isTrue();
    }

    @Test
    void whitespaceLineBreaksAndQuoteMarksDoNotMatter() {
        assertThat(ARTICLE.quotes("give \"more limited\"   support. Allies must invest")).isTrue();
        assertThat(ARTICLE.quotes("cultivate intelligence-sharing")).isTrue();
    }

    @Test
    void anEllipsisLeavesWordsOutButKeepsTheOrder() {
        assertThat(ARTICLE.quotes("Allies must invest ... and train.")).isTrue();
        assertThat(ARTICLE.quotes("and train … Allies must invest")).isFalse();
    }

    @Test
    void changedWordsAreNotQuoted() {
        assertThat(ARTICLE.quotes("Allies must invest in their own missiles")).isFalse();
        assertThat(ARTICLE.quotes("allies must invest")).isFalse();
    }

    @Test
    void noSourceTextQuotesNothing() {
        assertThat(new SourceTexts(List.of()).quotes("anything")).isFalse();
        assertThat(ARTICLE.quotes("  ")).isFalse();
    }

    @Test
    void aQuoteIsFoundWhereItsWordsStandAsWritten() {
        String text = ARTICLE.documents().get(0).text();

        SourceTexts.Quotation found =
                ARTICLE.find("give \"more limited\" support. Allies must invest").orElseThrow();

        assertThat(found.document().file()).isEqualTo("article.txt");
        assertThat(found.spans()).hasSize(1);
        SourceTexts.Span span = found.spans().get(0);
        assertThat(text.substring(span.start(), span.end()))
                .isEqualTo("give “more limited” support.\nAllies must   invest");
    }

    @Test
    void anEllipsisFindsEachPartInItsOwnPlace() {
        String text = ARTICLE.documents().get(0).text();

        List<SourceTexts.Span> spans =
                ARTICLE.find("Allies must invest … and train.").orElseThrow().spans();

        assertThat(spans)
                .extracting(s -> text.substring(s.start(), s.end()))
                .containsExactly("Allies must   invest", "and train.");
    }

    @Test
    void wordsNotInTheSourceAreFoundNowhere() {
        assertThat(ARTICLE.find("Allies must invest in their own missiles")).isEmpty();
        assertThat(ARTICLE.find(" ... ")).isEmpty();
    }
}
