package org.allyadvisor.rules;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.allyadvisor.advice.RiskKind;
import org.allyadvisor.engine.Assessor;
import org.allyadvisor.engine.RuleRunException;
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
import org.allyadvisor.results.Action;
import org.allyadvisor.results.AllyAssessment;
import org.allyadvisor.results.Assessment;
import org.allyadvisor.results.Risk;

/**
 * The smallest fact sets for rule tests: three allies of one region that no rule has anything to
 * say about ("sound" allies), so a test changes one fact of one of them and sees exactly the rule
 * that fact triggers.
 */
public final class Fixtures {

    public static final String REGION = "Europe-Test";
    private static RuleSet shipped;

    private Fixtures() {}

    /** The rule folder of this repository, compiled once for all tests. */
    public static synchronized RuleSet shippedRules() {
        if (shipped == null) {
            try {
                shipped = RuleSet.load(Path.of("rules"));
            } catch (RuleSetException e) {
                throw new AssertionError(e.getMessage(), e);
            }
        }
        return shipped;
    }

    /**
     * An ally no rule fires for: funded above the core target, growing, capable, tied, engaged. Its
     * real change is known for 2023 to 2025, the trend window of the fixtures' as-of year.
     */
    public static Ally sound(String id, String... tiedTo) {
        List<Tie> ties = new ArrayList<>();
        for (String partner : tiedTo) {
            ties.add(new Tie(id, partner, TieKind.DEFENSE_AGREEMENT, 4));
        }
        return Ally.builder(id, "Ally " + id, REGION)
                .memberships(List.of("NATO"))
                .budget(new Budget(500.0, 18000.0, 3.6, 30.0, 3.0, Map.of(2023, 3.0, 2024, 3.0)))
                .usSupport(new UsSupport(0.0, Dependence.LOW, 100))
                .interoperability(new Interoperability(65, 10, List.of("NATO")))
                .capabilities(new Capabilities(3, 3, 3))
                .threat(new Threat(3, List.of(ThreatDomain.LAND)))
                .diplomacy(new Diplomacy(5, true))
                .ties(ties)
                .build();
    }

    /**
     * Three sound allies, each strongly tied to the others; the first, AAA, is the one tests
     * change.
     */
    public static FactSet soundSet(UnaryOperator<Ally.Builder> changeFirst) {
        return soundSet(SupportLevel.REDUCED, 2, changeFirst, b -> b);
    }

    public static FactSet soundSet(SupportLevel support, UnaryOperator<Ally.Builder> changeFirst) {
        return soundSet(support, 2, changeFirst, b -> b);
    }

    /**
     * @param activity the region's emerging-power activity
     * @param changeSecond changes to BBB, the partner of AAA
     */
    public static FactSet soundSet(
            SupportLevel support,
            int activity,
            UnaryOperator<Ally.Builder> changeFirst,
            UnaryOperator<Ally.Builder> changeSecond) {
        Ally first = changeFirst.apply(sound("AAA", "BBB", "CCC").toBuilder()).build();
        Ally second = changeSecond.apply(sound("BBB", "CCC").toBuilder()).build();
        return new FactSet(
                new Meta("test", LocalDate.of(2025, 6, 30), support),
                List.of(new Region(REGION, activity)),
                List.of(first, second, sound("CCC")));
    }

    public static AllyAssessment first(Assessment result) {
        return result.ally("AAA").orElseThrow();
    }

    /** The action of AAA with the given {@code CATEGORY/key}, or null when there is none. */
    public static Action actionOfFirst(Assessment result, String categoryAndKey) {
        return first(result).actions().stream()
                .filter(a -> a.id().equals("AAA/" + categoryAndKey))
                .findFirst()
                .orElse(null);
    }

    public static Risk riskOfFirst(Assessment result, RiskKind kind) {
        return first(result).risks().stream()
                .filter(r -> r.kind() == kind)
                .findFirst()
                .orElse(null);
    }

    public static Assessment assess(FactSet facts) {
        try {
            return new Assessor(shippedRules()).assess(facts);
        } catch (RuleRunException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }
}
