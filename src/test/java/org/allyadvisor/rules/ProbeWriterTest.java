package org.allyadvisor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The diagnostic queries are the rule's own conditions, cut after each test in turn. */
class ProbeWriterTest {

    private static final String DRL =
            """
            package org.allyadvisor.rules

            import org.allyadvisor.facts.Ally;
            import org.allyadvisor.facts.Tie;
            import org.allyadvisor.policy.BudgetPolicy;

            declare Flag
                ally : String @key
            end

            rule "Example"
                @id("BUD-9")
            when
                $budget : BudgetPolicy()
                Ally( $id : id, budget.defensePctGdp != null, budget.defensePctGdp < $budget.floorPctGdp )
                not Tie( ally == $id )
                accumulate( Flag( ally == $id, $f : ally ); $flags : collectSet( $f ); $flags.size() > 0 )
            then
                insertLogical(new Flag($id));
            end
            """;

    @Test
    void eachConditionIsProbedTestByTestAfterTheConditionsBeforeIt() {
        ProbeWriter.Written written =
                ProbeWriter.write(List.of(RuleFile.ofText("x.drl", "rules/x.drl", DRL)));

        String queries = written.drlByPackage().get("org.allyadvisor.rules");
        assertThat(written.probesByPackage().get("org.allyadvisor.rules"))
                .extracting(
                        at ->
                                at.probe().element()
                                        + "/"
                                        + at.probe().tests()
                                        + (at.probe().blockers() ? " blockers" : ""))
                .containsExactly("0/0", "1/0", "1/1", "1/2", "2/0", "2/0 blockers", "3/0", "3/1");
        assertThat(queries)
                .contains(
                        """
                query "ally-advisor probe 2"
                    $budget : BudgetPolicy()
                    $__e1 : Ally($id : id, budget.defensePctGdp != null)
                end
                """)
                .contains(
                        """
                    $__b2 : Tie( ally == $id )
                end
                """)
                .contains(
                        """
                    not Tie( ally == $id )
                    accumulate( Flag( ally == $id, $f : ally ); $flags : collectSet( $f ) )
                end
                """);
    }

    @Test
    void conditionsAreKeptAsWrittenWithTheirTestsAndWhoDerivesEachType() {
        ProbeWriter.Written written =
                ProbeWriter.write(List.of(RuleFile.ofText("x.drl", "rules/x.drl", DRL)));

        List<LhsElement> conditions = written.conditions().get("Example");
        assertThat(conditions)
                .extracting(LhsElement::kind)
                .containsExactly(
                        LhsElement.Kind.PATTERN,
                        LhsElement.Kind.PATTERN,
                        LhsElement.Kind.NOT,
                        LhsElement.Kind.ACCUMULATE);
        assertThat(conditions.get(1).tests())
                .extracting(LhsTest::text)
                .containsExactly(
                        "budget.defensePctGdp != null",
                        "budget.defensePctGdp < $budget.floorPctGdp");
        assertThat(conditions.get(1).at()).isEqualTo("rules/x.drl:15:5");
        assertThat(conditions.get(3).tests())
                .extracting(LhsTest::text)
                .containsExactly("$flags.size() > 0");
        assertThat(written.producers()).containsEntry("Flag", List.of("Example"));
        assertThat(written.declared()).containsEntry("Flag", "org.allyadvisor.rules");
    }
}
