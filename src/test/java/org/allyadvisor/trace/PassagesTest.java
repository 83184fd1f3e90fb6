package org.allyadvisor.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.allyadvisor.rules.SourceTexts.SourceText;
import org.junit.jupiter.api.Test;

class PassagesTest {

    private static List<Passage> passages(String file, String text) {
        return Passages.of(new SourceText(file, text)).stream()
                .map(Passages.Located::passage)
                .toList();
    }

    @Test
    void sentencesEndAtTheirPunctuationNotAtAbbreviations() {
        List<Passage> found =
                passages(
                        "a.txt",
                        "The U.S. Army trains daily. Dr. Smith agrees! “Yes,” he said. 3 allies join.\n");

        assertThat(found)
                .extracting(Passage::text)
                .containsExactly(
                        "The U.S. Army trains daily.",
                        "Dr. Smith agrees!",
                        "“Yes,” he said.",
                        "3 allies join.");
        assertThat(found).extracting(Passage::column).containsExactly(1, 29, 47, 63);
    }

    @Test
    void plainTextLinesAreHeadingsListItemsOrParagraphs() {
        List<Passage> found =
                passages(
                        "a.txt",
                        "Title Line\nFirst sentence. Second one.\n- an item: with words.\n\n"
                                + "1. numbered item\r\nLead-in:\n");

        assertThat(found)
                .extracting(
                        Passage::line,
                        Passage::column,
                        Passage::kind,
                        Passage::section,
                        Passage::text)
                .containsExactly(
                        tuple(1, 1, PassageKind.HEADING, "", "Title Line"),
                        tuple(2, 1, PassageKind.SENTENCE, "Title Line", "First sentence."),
                        tuple(2, 17, PassageKind.SENTENCE, "Title Line", "Second one."),
                        tuple(3, 3, PassageKind.LIST_ITEM, "Title Line", "an item: with words."),
                        tuple(5, 4, PassageKind.LIST_ITEM, "Title Line", "numbered item"),
                        tuple(6, 1, PassageKind.SENTENCE, "Title Line", "Lead-in:"));
    }

    @Test
    void markdownParagraphsAndListItemsRunOverLines() {
        List<Passage> found =
                passages(
                        "a.md",
                        "# Title #\n\nA first sentence. A second\nsentence over two lines.\n\n"
                                + "- an item\n  going on\n- another\n## Next\nLast words.");

        assertThat(found)
                .extracting(
                        Passage::line,
                        Passage::column,
                        Passage::kind,
                        Passage::section,
                        Passage::text)
                .containsExactly(
                        tuple(1, 3, PassageKind.HEADING, "", "Title"),
                        tuple(3, 1, PassageKind.SENTENCE, "Title", "A first sentence."),
                        tuple(
                                3,
                                19,
                                PassageKind.SENTENCE,
                                "Title",
                                "A second sentence over two lines."),
                        tuple(6, 3, PassageKind.LIST_ITEM, "Title", "an item going on"),
                        tuple(8, 3, PassageKind.LIST_ITEM, "Title", "another"),
                        tuple(9, 4, PassageKind.HEADING, "", "Next"),
                        tuple(10, 1, PassageKind.SENTENCE, "Next", "Last words."));
    }

    @Test
    void byteOrderMarkIsNeitherTextNorAColumn() {
        assertThat(passages("a.txt", "\uFEFFFirst words.\n"))
                .extracting(Passage::column, Passage::text)
                .containsExactly(tuple(1, "First words."));
    }

    @Test
    void linesWithoutWordsAreNoPassage() {
        assertThat(passages("a.md", "\n---\n\n***\n")).isEmpty();
        assertThat(passages("a.txt", "")).isEmpty();
    }
}
