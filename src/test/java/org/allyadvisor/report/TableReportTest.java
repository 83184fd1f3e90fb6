package org.allyadvisor.report;

import static org.allyadvisor.rules.Fixtures.assess;
import static org.allyadvisor.rules.Fixtures.soundSet;
import static org.assertj.core.api.Assertions.assertThat;

import org.allyadvisor.engine.AssessOptions;
import org.allyadvisor.engine.Assessor;
import org.allyadvisor.facts.Meta;
import org.allyadvisor.rules.Fixtures;
import org.junit.jupiter.api.Test;

class TableReportTest {

    @Test
    void gapsEveryAllyHasAreSaidOnceAtTheTop() {
        // no date: BUD-2 cannot count the years to the target for anyone; AAA also lacks its
        // diplomacy
        String table =
                TableReport.render(
                        assess(
                                soundSet(b -> b.diplomacy(null))
                                        .withMeta(new Meta("Gaps", null, null))));

        assertThat(table)
                .startsWith("Gaps\nUS support: REDUCED   Rules: rules/ (sha256 ")
                .contains(
                        ")\n"
                                + TableReport.SCORE_LEGEND
                                + "\nData gaps of every ally (the rules they kept from being evaluated): meta.asOf (BUD-2)\n\n"
                                + "AAA  Ally AAA  [Europe-Test]\n  No actions: BUD-1, BUD-3, BUD-4, BUD-5, BUD-6, BUD-7, INT-1, INT-2, INT-3, INT-4, INT-5, REG-1,\n"
                                + "    REG-2, REG-3, REG-4, RISK-1, RISK-2, RISK-3, TECH-1, TECH-2, TECH-3, TECH-4, US-1, US-2, US-3,\n"
                                + "    US-4, US-5 ran and found nothing to advise; the rules named under data gaps could not run.\n"
                                + "  Data gaps besides those of every ally: diplomacy.strategicDialogues (DIP-1); diplomacy.usDialogue\n"
                                + "    (DIP-2)\n\nBBB  Ally BBB  [Europe-Test]\n  No actions: ");
    }

    @Test
    void aSingleReportedAllyKeepsAllItsGaps() throws Exception {
        String table =
                TableReport.render(
                        new Assessor(Fixtures.shippedRules())
                                .assess(
                                        soundSet(b -> b.diplomacy(null)),
                                        AssessOptions.DEFAULTS.withAllies(
                                                java.util.List.of("AAA"))));

        assertThat(table)
                .contains(
                        "  Data gaps: diplomacy.strategicDialogues (DIP-1); diplomacy.usDialogue (DIP-2)\n");
    }

    @Test
    void allyWithoutActionsSaysSo() {
        String table = TableReport.render(assess(soundSet(b -> b)));

        assertThat(table)
                .contains("AAA  Ally AAA  [Europe-Test]\n  No actions: BUD-1, BUD-2, BUD-3,")
                .contains(" US-5 ran and found nothing to advise.\n")
                .doesNotContain("Portfolio");
    }
}
