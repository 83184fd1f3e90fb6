package org.allyadvisor.facts.read;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.allyadvisor.facts.Ally;
import org.allyadvisor.facts.Budget;
import org.allyadvisor.facts.Capabilities;
import org.allyadvisor.facts.Dependence;
import org.allyadvisor.facts.Diplomacy;
import org.allyadvisor.facts.FactSet;
import org.allyadvisor.facts.Interoperability;
import org.allyadvisor.facts.Meta;
import org.allyadvisor.facts.Region;
import org.allyadvisor.facts.SupportLevel;
import org.allyadvisor.facts.Threat;
import org.allyadvisor.facts.ThreatDomain;
import org.allyadvisor.facts.Tie;
import org.allyadvisor.facts.TieKind;
import org.allyadvisor.facts.UsSupport;

/** The records that src/test/resources/facts/read/full.yaml, full.json and csv/ all describe. */
final class FullFactSet {

    static final Meta META =
            new Meta(
                    "NATO allies on the eastern flank, 2025",
                    LocalDate.of(2025, 6, 30),
                    SupportLevel.MINIMAL);
    static final List<Region> REGIONS =
            List.of(new Region("Europe-East", 4), new Region("Europe-North", 3));

    static final Ally POLAND =
            Ally.builder("POL", "Poland", "Europe-East")
                    .memberships(List.of("NATO", "EU", "JEF"))
                    .budget(
                            new Budget(
                                    915.0,
                                    44300.0,
                                    4.48,
                                    51.0,
                                    15.0,
                                    Map.of(2023, 46.61, 2024, 30.07)))
                    .usSupport(new UsSupport(100.0, Dependence.MEDIUM, 10000, 44.6, 3412.02))
                    .interoperability(new Interoperability(78, 12, List.of("NATO")))
                    .capabilities(new Capabilities(3, 3, 3))
                    .threat(
                            new Threat(
                                    5,
                                    List.of(
                                            ThreatDomain.LAND,
                                            ThreatDomain.MISSILE,
                                            ThreatDomain.CYBER)))
                    .diplomacy(new Diplomacy(6, true))
                    .ties(
                            List.of(
                                    new Tie("POL", "LTU", TieKind.DEFENSE_AGREEMENT, 4),
                                    new Tie("POL", "FIN", TieKind.JOINT_EXERCISES, 2)))
                    .build();

    /**
     * Only some facts known; defensePctGdp is derived from GDP and spending (2000 / 80 000 = 2.5%).
     */
    static final Ally LITHUANIA =
            Ally.builder("LTU", "Lithuania", "Europe-East")
                    .memberships(List.of())
                    .budget(new Budget(80.0, 2000.0, 2.5, null, null))
                    .threat(new Threat(4, null))
                    .diplomacy(new Diplomacy(null, false))
                    .ties(List.of())
                    .build();

    /** Ties unknown (null) in YAML/JSON, where Finland declares none. */
    static final Ally FINLAND =
            Ally.builder("FIN", "Finland", "Europe-North")
                    .interoperability(new Interoperability(null, null, List.of()))
                    .build();

    static final FactSet FACTS = new FactSet(META, REGIONS, List.of(POLAND, LITHUANIA, FINLAND));

    private FullFactSet() {}
}
