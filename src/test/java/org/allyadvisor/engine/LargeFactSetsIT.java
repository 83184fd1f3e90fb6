package org.allyadvisor.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.allyadvisor.facts.Ally;
import org.allyadvisor.facts.Capabilities;
import org.allyadvisor.facts.FactSet;
import org.allyadvisor.facts.Meta;
import org.allyadvisor.facts.Region;
import org.allyadvisor.facts.SupportLevel;
import org.allyadvisor.facts.Tie;
import org.allyadvisor.facts.read.FactReader;
import org.allyadvisor.results.Assessment;
import org.allyadvisor.rules.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * Legitimate fact sets far larger than the shipped one are not mistaken for runaways: the engine's
 * limits grow with the allies of the fact set. Slow (seconds per set), so it runs with the
 * whole-system tests, in the verify phase.
 */
class LargeFactSetsIT {

    /**
     * 500 allies of one region, 183 strong in every capability and 183 weak, none tied: REG-2 pairs
     * every strong ally with every weak one in each capability, 100,467 firings on their own, so
     * the fixed limit of 100,000 firings this set once met stopped it as a runaway.
     */
    @Test
    void fiveHundredAlliesInOneRegionAreAssessed() throws Exception {
        List<Ally> allies = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            int maturity = i < 183 ? 4 : i < 366 ? 2 : 3;
            allies.add(
                    Fixtures.sound(id(i)).toBuilder()
                            .capabilities(new Capabilities(maturity, maturity, maturity))
                            .build());
        }
        FactSet facts =
                new FactSet(
                        new Meta(
                                "500 allies of one region",
                                LocalDate.of(2025, 6, 30),
                                SupportLevel.REDUCED),
                        List.of(new Region(Fixtures.REGION, 2)),
                        allies);

        Assessment result = new Assessor(Fixtures.shippedRules()).assess(facts);

        assertThat(result.allies()).hasSize(500);
    }

    /**
     * 10,000 allies in regions of ten, each a copy of a shipped ally (tied to the copies of its
     * partners): a real set at the size the limits are made for, within every one of them.
     */
    @Test
    void tenThousandAlliesInRegionsOfTenAreAssessed() throws Exception {
        List<Ally> shipped = FactReader.read(Path.of("facts")).allies();
        List<String> shippedIds = shipped.stream().map(Ally::id).toList();
        List<Ally> allies = new ArrayList<>();
        List<Region> regions = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            if (i % 10 == 0) {
                regions.add(new Region("Region-" + i / 10, 1 + i / 10 % 5));
            }
            Ally copied = shipped.get(i % shipped.size());
            int copy = i / shipped.size();
            String id = id(i);
            List<Tie> ties =
                    copied.ties() == null
                            ? null
                            : copied.ties().stream()
                                    .filter(
                                            t ->
                                                    copy * shipped.size()
                                                                    + shippedIds.indexOf(
                                                                            t.partner())
                                                            < 10_000)
                                    .map(
                                            t ->
                                                    new Tie(
                                                            id,
                                                            id(
                                                                    copy * shipped.size()
                                                                            + shippedIds.indexOf(
                                                                                    t.partner())),
                                                            t.kind(),
                                                            t.strength()))
                                    .toList();
            allies.add(
                    new Ally(
                            id,
                            copied.name() + " " + i,
                            "Region-" + i / 10,
                            copied.memberships(),
                            copied.budget(),
                            copied.usSupport(),
                            copied.interoperability(),
                            copied.capabilities(),
                            copied.threat(),
                            copied.diplomacy(),
                            ties));
        }
        FactSet facts =
                new FactSet(
                        new Meta("10,000 allies", LocalDate.of(2025, 6, 30), SupportLevel.REDUCED),
                        regions,
                        allies);

        Assessment result = new Assessor(Fixtures.shippedRules()).assess(facts);

        assertThat(result.allies()).hasSize(10_000);
    }

    private static String id(int i) {
        return "" + (char) ('A' + i / 676) + (char) ('A' + i / 26 % 26) + (char) ('A' + i % 26);
    }
}
