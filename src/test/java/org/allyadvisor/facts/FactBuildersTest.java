package org.allyadvisor.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The fact records' builders: what they build equals the records' constructors, and what they
 * refuse.
 */
class FactBuildersTest {

    /**
     * A builder setter per numeric field of the schema, so that every bound the schema states is
     * tried below; a numeric field added to the schema without a setter here fails the test.
     */
    private static final Map<String, Consumer<Double>> SETTERS = setters();

    private static Map<String, Consumer<Double>> setters() {
        Map<String, Consumer<Double>> setters = new TreeMap<>();
        setters.put("budget.gdpUsdBn", v -> Budget.builder().gdpUsdBn(v));
        setters.put("budget.defenseUsdM", v -> Budget.builder().defenseUsdM(v));
        setters.put("budget.defensePctGdp", v -> Budget.builder().defensePctGdp(v));
        setters.put("budget.equipmentPct", v -> Budget.builder().equipmentPct(v));
        setters.put("budget.realChangePct", v -> Budget.builder().realChangePct(v));
        setters.put("budget.realChangeByYear", v -> Budget.builder().realChange(2020, v));
        setters.put("usSupport.assistanceUsdM", v -> UsSupport.builder().assistanceUsdM(v));
        setters.put("usSupport.usTroops", v -> UsSupport.builder().usTroops(v.intValue()));
        setters.put(
                "usSupport.usShareOfArmsImportsPct",
                v -> UsSupport.builder().usShareOfArmsImportsPct(v));
        setters.put("usSupport.armsImportsTiv", v -> UsSupport.builder().armsImportsTiv(v));
        setters.put("interoperability.score", v -> Interoperability.builder().score(v.intValue()));
        setters.put(
                "interoperability.jointExercisesPerYear",
                v -> Interoperability.builder().jointExercisesPerYear(v.intValue()));
        setters.put(
                "capabilities.cyberDefense",
                v -> Capabilities.builder().cyberDefense(v.intValue()));
        setters.put(
                "capabilities.missileDefense",
                v -> Capabilities.builder().missileDefense(v.intValue()));
        setters.put("capabilities.unmanned", v -> Capabilities.builder().unmanned(v.intValue()));
        setters.put("threat.level", v -> Threat.builder().level(v.intValue()));
        setters.put(
                "diplomacy.strategicDialogues",
                v -> Diplomacy.builder().strategicDialogues(v.intValue()));
        return setters;
    }

    @Test
    void everySectionBuiltEqualsTheRecordMadeByItsConstructor() {
        Ally built =
                Ally.builder("POL")
                        .name("Poland")
                        .region("Europe-East")
                        .memberships("NATO", "EU")
                        .budget(
                                Budget.builder()
                                        .gdpUsdBn(915.0)
                                        .defenseUsdM(44300.0)
                                        .equipmentPct(51.0)
                                        .realChangePct(15.0)
                                        .realChange(2023, 8.0)
                                        .build())
                        .usSupport(
                                UsSupport.builder()
                                        .assistanceUsdM(100.0)
                                        .dependence(Dependence.MEDIUM)
                                        .usTroops(10000)
                                        .usShareOfArmsImportsPct(45.5)
                                        .armsImportsTiv(3000.0)
                                        .build())
                        .interoperability(
                                Interoperability.builder()
                                        .score(78)
                                        .jointExercisesPerYear(12)
                                        .intelSharing("NATO")
                                        .build())
                        .capabilities(
                                Capabilities.builder()
                                        .cyberDefense(3)
                                        .missileDefense(2)
                                        .unmanned(4)
                                        .build())
                        .threat(
                                Threat.builder()
                                        .level(5)
                                        .domains(ThreatDomain.LAND, ThreatDomain.CYBER)
                                        .build())
                        .diplomacy(
                                Diplomacy.builder().strategicDialogues(6).usDialogue(true).build())
                        .tie("LTU", TieKind.DEFENSE_AGREEMENT, 4)
                        .build();

        assertThat(built)
                .isEqualTo(
                        new Ally(
                                "POL",
                                "Poland",
                                "Europe-East",
                                List.of("NATO", "EU"),
                                new Budget(915.0, 44300.0, 4.84, 51.0, 15.0, Map.of(2023, 8.0)),
                                new UsSupport(100.0, Dependence.MEDIUM, 10000, 45.5, 3000.0),
                                new Interoperability(78, 12, List.of("NATO")),
                                new Capabilities(3, 2, 4),
                                new Threat(5, List.of(ThreatDomain.LAND, ThreatDomain.CYBER)),
                                new Diplomacy(6, true),
                                List.of(new Tie("POL", "LTU", TieKind.DEFENSE_AGREEMENT, 4))));
    }

    @Test
    void sectionsLeftOutAreDataGapsNotZeros() {
        Ally ally = Ally.builder("BEL").name("Belgium").region("Europe-West").build();

        assertThat(ally.budget()).isEqualTo(Budget.UNKNOWN);
        assertThat(ally.threat()).isEqualTo(Threat.UNKNOWN);
        assertThat(ally.memberships()).isNull();
        assertThat(ally.ties()).isNull();
        assertThat(Budget.builder().defenseUsdM(8200.0).build().defensePctGdp()).isNull();
    }

    @Test
    void aBuiltAllyRoundTripsThroughToBuilder() {
        Ally ally =
                Ally.builder("BEL", "Belgium", "Europe-West")
                        .memberships(List.of())
                        .budget(Budget.builder().defensePctGdp(1.3).build())
                        .tie("NLD", TieKind.COALITION, 2)
                        .build();

        assertThat(ally.toBuilder().build()).isEqualTo(ally);
        assertThat(ally.toBuilder().tie("LUX", TieKind.JOINT_EXERCISES, 3).build().ties())
                .extracting(Tie::partner)
                .containsExactly("NLD", "LUX");
    }

    @Test
    void aBudgetChangedThroughToBuilderKeepsItsOtherValuesAndChecksTheNewOne() {
        Budget read = new Budget(580.0, 7600.0, 1.31, 11.2, 3.9, Map.of(2023, 2.0, 2024, 4.5));

        assertThat(read.toBuilder().build()).isEqualTo(read);
        assertThat(read.toBuilder().defensePctGdp(2.0).build())
                .isEqualTo(new Budget(580.0, 7600.0, 2.0, 11.2, 3.9, Map.of(2023, 2.0, 2024, 4.5)));
        assertThatThrownBy(() -> read.toBuilder().defensePctGdp(-0.5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("budget.defensePctGdp: -0.5 is below 0");
    }

    @Test
    void aFactSetBuiltEqualsTheRecordMadeByItsConstructor() {
        Ally bel =
                Ally.builder("BEL", "Belgium", "Europe-West")
                        .tie("NLD", TieKind.COALITION, 3)
                        .build();
        Ally nld = Ally.builder("NLD", "Netherlands", "Europe-West").build();
        Meta meta =
                Meta.builder()
                        .title("Benelux")
                        .asOf(LocalDate.of(2025, 6, 30))
                        .usSupportLevel(SupportLevel.MINIMAL)
                        .build();

        FactSet built =
                FactSet.builder()
                        .meta(meta)
                        .region("Europe-West", 2)
                        .ally(bel)
                        .allies(List.of(nld))
                        .build();

        assertThat(built)
                .isEqualTo(
                        new FactSet(
                                new Meta(
                                        "Benelux", LocalDate.of(2025, 6, 30), SupportLevel.MINIMAL),
                                List.of(new Region("Europe-West", 2)),
                                List.of(bel, nld)));
        assertThat(FactSet.builder().build().meta()).isEqualTo(new Meta(null, null, null));
    }

    @Test
    void aNegativeShareOfGdpNamesTheFieldAndTheValue() {
        assertThatThrownBy(() -> Budget.builder().defensePctGdp(-1.0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("budget.defensePctGdp: -1.0 is below 0");
    }

    @Test
    void aShareOfGdpOverAHundredIsRefused() {
        assertThatThrownBy(() -> Budget.builder().defensePctGdp(100.5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("budget.defensePctGdp: 100.5 is above 100");
    }

    @Test
    void notANumberIsRefused() {
        assertThatThrownBy(() -> Budget.builder().defenseUsdM(Double.NaN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("budget.defenseUsdM: NaN is not a finite number");
    }

    @Test
    void everyBoundTheSchemaStatesIsRefusedByItsSetter() {
        List<FactField> bounded =
                FactSchema.allyFields().stream()
                        .filter(f -> f.min() != null || f.max() != null)
                        .toList();

        assertThat(SETTERS.keySet())
                .containsExactlyInAnyOrderElementsOf(
                        bounded.stream().map(FactField::path).toList());
        for (FactField field : bounded) {
            String shown =
                    field.path().equals("budget.realChangeByYear")
                            ? field.path() + ".2020"
                            : field.path();
            boolean whole = field.type() == FieldType.INTEGER;
            if (field.min() != null) {
                Double below = field.min() - 1;
                assertThatThrownBy(() -> SETTERS.get(field.path()).accept(below))
                        .as(field.path())
                        .isInstanceOf(IllegalArgumentException.class)
                        .hasMessage(
                                shown
                                        + ": "
                                        + (whole
                                                ? String.valueOf(below.intValue())
                                                : String.valueOf(below))
                                        + " is below "
                                        + field.min().intValue());
                SETTERS.get(field.path()).accept(field.min());
            }
            if (field.max() != null) {
                Double above = field.max() + 1;
                assertThatThrownBy(() -> SETTERS.get(field.path()).accept(above))
                        .as(field.path())
                        .isInstanceOf(IllegalArgumentException.class)
                        .hasMessage(
                                shown
                                        + ": "
                                        + (whole
                                                ? String.valueOf(above.intValue())
                                                : String.valueOf(above))
                                        + " is above "
                                        + field.max().intValue());
                SETTERS.get(field.path()).accept(field.max());
            }
        }
    }

    @Test
    void aYearOutsideTheRangeIsRefused() {
        assertThatThrownBy(() -> Budget.builder().realChange(1850, 1.0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("budget.realChangeByYear.1850: not a year from 1900 to 2100");
    }

    @Test
    void anIdThatIsNotAnIsoCodeIsRefused() {
        assertThatThrownBy(() -> Ally.builder("Pol").name("Poland").region("Europe-East").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("allies[Pol].id: 'Pol' is not a 3-letter ISO 3166-1 alpha-3 code");
    }

    @Test
    void anAllyWithoutNameOrRegionIsRefused() {
        assertThatThrownBy(() -> Ally.builder("POL").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(
                        "allies[POL].name: required, not given; allies[POL].region: required, not given");
    }

    @Test
    void anAllyBuiltFromAnUncheckedSectionIsRefusedWhenBuilt() {
        Ally.Builder poland =
                Ally.builder("POL", "Poland", "Europe-East")
                        .threat(new Threat(9, null))
                        .tie("LTU", TieKind.COALITION, 7);

        assertThatThrownBy(poland::build)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(
                        "allies[POL].threat.level: 9 is above 5; allies[POL].ties[LTU].strength: 7 is above 5");
    }

    @Test
    void aTieToTheAllyItselfIsRefused() {
        assertThatThrownBy(
                        () ->
                                Ally.builder("POL", "Poland", "Europe-East")
                                        .tie("POL", TieKind.COALITION, 3)
                                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("allies[POL].ties[POL].partner: a tie to the ally itself");
    }

    @Test
    void aFactSetWithDuplicateIdsATieOutsideAndAnUndeclaredRegionIsRefused() {
        Ally pol =
                Ally.builder("POL", "Poland", "Europe-East")
                        .tie("LTU", TieKind.COALITION, 3)
                        .build();
        Ally fin = Ally.builder("FIN", "Finland", "Europe-North").build();

        assertThatThrownBy(
                        () ->
                                FactSet.builder()
                                        .region("Europe-East", 4)
                                        .ally(pol)
                                        .ally(pol)
                                        .ally(fin)
                                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(
                        "allies[POL]: duplicate ally id; allies[POL].ties[LTU]: LTU is not an ally of the set; "
                                + "allies[POL].ties[LTU]: LTU is not an ally of the set; "
                                + "allies[FIN].region: 'Europe-North' is not declared");
    }

    @Test
    void aRegionsActivityOutOfRangeIsRefused() {
        assertThatThrownBy(() -> FactSet.builder().region("Europe-East", 6))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("regions[Europe-East].emergingPowerActivity: 6 is above 5");
    }

    @Test
    void nullsAreRefusedByTheirName() {
        assertThatThrownBy(() -> Ally.builder(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("id");
        assertThatThrownBy(() -> Ally.builder("POL").memberships("NATO", null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("memberships[1] is null");
        assertThatThrownBy(() -> Ally.builder("POL").tie(null, TieKind.COALITION, 3))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("partner");
        assertThatThrownBy(() -> Threat.builder().domains(ThreatDomain.LAND, null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("threat.domains[1] is null");
        assertThatThrownBy(() -> FactSet.builder().ally(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("ally");
        assertThatThrownBy(() -> new FactSet(null, null, null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("allies is null");
        assertThatThrownBy(() -> new Region(null, 3))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("id");
    }

    @Test
    void factSetChecksStillCatchWhatTheConstructorsLetThrough() {
        Ally pol =
                new Ally(
                        "POL",
                        "Poland",
                        "Europe-East",
                        null,
                        new Budget(-5.0, null, 101.0, null, null),
                        null,
                        null,
                        new Capabilities(0, null, null),
                        null,
                        null,
                        List.of(new Tie("LTU", "FIN", TieKind.COALITION, 0)));
        FactSet facts =
                new FactSet(
                        null,
                        List.of(new Region("Europe-East", 9), new Region("Europe-East", 1)),
                        List.of(pol));

        assertThat(FactSetChecks.problems(facts))
                .containsExactly(
                        "regions[Europe-East].emergingPowerActivity: 9 is above 5",
                        "regions[Europe-East]: duplicate region id",
                        "allies[POL].budget.gdpUsdBn: -5.0 is below 0",
                        "allies[POL].budget.defensePctGdp: 101.0 is above 100",
                        "allies[POL].capabilities.cyberDefense: 0 is below 1",
                        "allies[POL].ties[FIN].ally: 'LTU' is not the ally that declares the tie",
                        "allies[POL].ties[FIN].strength: 0 is below 1",
                        "allies[POL].ties[FIN]: FIN is not an ally of the set");
    }
}
