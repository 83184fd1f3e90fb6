package org.allyadvisor.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import org.allyadvisor.rules.Fixtures;
import org.allyadvisor.rules.RuleFolder;
import org.allyadvisor.rules.RuleSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rules that compile but fail when they fire: the assessment stops and names the rule. */
class FailingRuleTest {

    @TempDir Path temp;

    private RuleFailedException failureOf(String drl) throws Exception {
        RuleFolder folder = RuleFolder.copyOfShipped(temp).write("failing.drl", drl);
        RuleSet rules = RuleSet.load(folder.dir());
        return catchThrowableOfType(
                RuleFailedException.class,
                () -> new Assessor(rules).assess(Fixtures.soundSet(b -> b)));
    }

    @Test
    void consequenceThatThrowsIsReportedWithItsRule() throws Exception {
        RuleFailedException failure =
                failureOf(
                        """
                package org.allyadvisor.rules
                import org.allyadvisor.facts.Ally;

                rule "Share of nothing"
                when
                    Ally( $id : id )
                then
                    int share = 100 / ($id.length() - 3);
                end
                """);

        assertThat(failure.culprit().name()).isEqualTo("Share of nothing");
        assertThat(failure.culprit().line()).isEqualTo(4);
        assertThat(failure.getMessage())
                .isEqualTo(
                        "rule \"Share of nothing\" ("
                                + temp.resolve("rules/failing.drl")
                                + ":4) failed: ArithmeticException: / by zero");
    }

    @Test
    void adviceFromARuleWithoutCatalogueIdIsReported() throws Exception {
        RuleFailedException failure =
                failureOf(
                        """
                package org.allyadvisor.rules
                import org.allyadvisor.advice.Advice;
                import org.allyadvisor.facts.Ally;
                import org.allyadvisor.advice.Priority;

                rule "Advice without an id"
                when
                    Ally( $id : id )
                then
                    insert(Advice.action(drools, $id, "something", Priority.LOW).proposal());
                end
                """);

        assertThat(failure.getMessage())
                .endsWith(
                        "failed: IllegalStateException: rule \"Advice without an id\" has no @id");
    }

    @Test
    void negativeDistanceIsReportedWithItsRule() throws Exception {
        RuleFailedException failure = failureOf(catalogued("-1"));

        assertThat(failure.culprit().name()).isEqualTo("Distance of nothing");
        assertThat(failure.getMessage())
                .endsWith(
                        "failed: IllegalArgumentException: distance 'realCutPct' must be a number of 0 or more, got -1.0");
    }

    @Test
    void distanceNamedOutsideALiteralThatTheThresholdsDoNotWeighIsReportedWithItsRule()
            throws Exception {
        // loading checks the names written as literals; this one is built, so the run catches it
        RuleFailedException failure =
                failureOf(
                        catalogued("1")
                                .replace(
                                        "\"realCutPct\"",
                                        "String.join(\"\", \"realCut\", \"Pct2\")"));

        assertThat(failure.culprit().name()).isEqualTo("Distance of nothing");
        assertThat(failure.getMessage())
                .endsWith(
                        "failed: IllegalArgumentException: distance 'realCutPct2' has no full distance in scoring.distance.full");
    }

    @Test
    void adviceWithoutASeverityIsReportedWithItsRule() throws Exception {
        RuleFailedException failure = failureOf(catalogued("1").replace("Priority.LOW", "null"));

        assertThat(failure.culprit().name()).isEqualTo("Distance of nothing");
        assertThat(failure.getMessage())
                .isEqualTo(
                        "rule \"Distance of nothing\" ("
                                + temp.resolve("rules/failing.drl")
                                + ":6) failed: IllegalArgumentException: advice needs a severity (Priority.LOW, MEDIUM, HIGH or CRITICAL), got null");
    }

    @Test
    void riskWithoutAnAllyIsReportedWithItsRule() throws Exception {
        RuleFailedException failure =
                failureOf(
                        """
                package org.allyadvisor.rules
                import org.allyadvisor.advice.Advice;
                import org.allyadvisor.facts.Ally;
                import org.allyadvisor.advice.Priority;
                import org.allyadvisor.advice.RiskKind;

                rule "Risk to nobody"
                    @id("RISK-99") @risk("STRETCHED_CAPACITY") @recommendation("r") @section("s") @passage("p")
                when
                    Ally( id == "AAA" )
                then
                    insert(Advice.risk(drools, null, RiskKind.STRETCHED_CAPACITY, Priority.LOW).rationale("r").proposal());
                end
                """);

        assertThat(failure.culprit().name()).isEqualTo("Risk to nobody");
        assertThat(failure.getMessage())
                .endsWith("failed: IllegalArgumentException: advice needs an ally, got null");
    }

    @Test
    void conditionThatThrowsIsReportedWithItsRule() throws Exception {
        RuleFailedException failure =
                failureOf(
                        """
                package org.allyadvisor.rules
                import org.allyadvisor.facts.Ally;

                rule "Condition that throws"
                when
                    Ally( id.substring(10).length() > 0 )
                then
                end
                """);

        assertThat(failure.culprit().name()).isEqualTo("Condition that throws");
        assertThat(failure.getMessage())
                .isEqualTo(
                        "rule \"Condition that throws\" ("
                                + temp.resolve("rules/failing.drl")
                                + ":4) failed in its condition 'id.substring(10).length() > 0': StringIndexOutOfBoundsException: "
                                + "begin 10, end 3, length 3");
    }

    @Test
    void conditionJoiningFactsThatThrowsIsReportedWithItsRule() throws Exception {
        RuleFailedException failure =
                failureOf(
                        """
                package org.allyadvisor.rules
                import org.allyadvisor.facts.Ally;
                import org.allyadvisor.facts.Tie;

                rule "Join that throws"
                when
                    Ally( $id : id )
                    Tie( ally == $id, partner.substring($id.length() * 2) != null )
                then
                end
                """);

        assertThat(failure.culprit().name()).isEqualTo("Join that throws");
        assertThat(failure.getMessage())
                .startsWith(
                        "rule \"Join that throws\" ("
                                + temp.resolve("rules/failing.drl")
                                + ":5) failed in its condition ");
    }

    @Test
    void conditionUnderNotThatThrowsIsReportedWithItsRule() throws Exception {
        RuleFailedException failure =
                failureOf(
                        """
                package org.allyadvisor.rules
                import org.allyadvisor.facts.Ally;

                rule "Absence that throws"
                when
                    Ally( $id : id )
                    not Ally( name.substring(30) == $id )
                then
                end
                """);

        assertThat(failure.getMessage())
                .startsWith(
                        "rule \"Absence that throws\" ("
                                + temp.resolve("rules/failing.drl")
                                + ":4) failed in its condition 'name.substring(30)': StringIndexOutOfBoundsException");
    }

    @Test
    void fromThatThrowsIsReportedWithItsRule() throws Exception {
        RuleFailedException failure =
                failureOf(
                        """
                package org.allyadvisor.rules
                import org.allyadvisor.facts.Ally;

                rule "Source that throws"
                when
                    Ally( $id : id )
                    String() from $id.substring(9)
                then
                end
                """);

        assertThat(failure.getMessage())
                .startsWith(
                        "rule \"Source that throws\" ("
                                + temp.resolve("rules/failing.drl")
                                + ":4) failed in its condition '$id.substring(9)': StringIndexOutOfBoundsException");
    }

    @Test
    void evalConditionThatThrowsIsReportedWithItsRule() throws Exception {
        RuleFailedException failure =
                failureOf(
                        """
                package org.allyadvisor.rules
                import org.allyadvisor.facts.Ally;

                rule "Eval that throws"
                when
                    Ally( $id : id )
                    eval( Integer.parseInt($id) > 0 )
                then
                end
                """);

        assertThat(failure.culprit().name()).isEqualTo("Eval that throws");
        assertThat(failure.getMessage())
                .startsWith(
                        "rule \"Eval that throws\" ("
                                + temp.resolve("rules/failing.drl")
                                + ":4) failed in its condition: NumberFormatException: For input string: ");
    }

    @Test
    void conditionThatThrowsOnlyAfterManyFactsIsReportedWithItsRule() throws Exception {
        // Drools compiles a condition to bytecode after it has been evaluated 20 times: it must
        // still be named
        RuleFolder folder =
                RuleFolder.copyOfShipped(temp)
                        .write(
                                "failing.drl",
                                """
                package org.allyadvisor.rules
                import org.allyadvisor.facts.Ally;

                rule "Late condition that throws"
                when
                    Ally( name.substring(name.length() - 5).length() > 0 )
                then
                end
                """);
        RuleSet rules = RuleSet.load(folder.dir());
        java.util.List<org.allyadvisor.facts.Ally> allies = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String id = "A" + (char) ('A' + i / 26) + (char) ('A' + i % 26);
            allies.add(
                    org.allyadvisor.facts.Ally.builder(
                                    id, i < 30 ? "Ally number " + id : "X" + i, Fixtures.REGION)
                            .build());
        }
        org.allyadvisor.facts.FactSet facts =
                new org.allyadvisor.facts.FactSet(
                        Fixtures.soundSet(b -> b).meta(),
                        Fixtures.soundSet(b -> b).regions(),
                        allies);

        RuleFailedException failure =
                catchThrowableOfType(
                        RuleFailedException.class, () -> new Assessor(rules).assess(facts));

        assertThat(failure.culprit().name()).isEqualTo("Late condition that throws");
        assertThat(failure.getMessage()).contains("StringIndexOutOfBoundsException");
    }

    private static String catalogued(String distance) {
        return """
                package org.allyadvisor.rules
                import org.allyadvisor.advice.Advice;
                import org.allyadvisor.facts.Ally;
                import org.allyadvisor.advice.Priority;

                rule "Distance of nothing"
                    @id("BUD-99") @category("SUSTAINABLE_BUDGETS") @recommendation("r") @section("s") @passage("p")
                when
                    Ally( id == "AAA", $id : id )
                then
                    insertLogical(Advice.action(drools, $id, "nothing", Priority.LOW)
                        .distance("realCutPct", %s)
                        .proposal());
                end
                """
                .formatted(distance);
    }
}
