package org.allyadvisor.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
import org.allyadvisor.rules.Fixtures;
import org.allyadvisor.rules.RuleSet;
import org.drools.base.common.NetworkNode;
import org.drools.core.common.InternalWorkingMemory;
import org.drools.core.common.Memory;
import org.drools.core.common.NodeMemories;
import org.drools.core.impl.InternalRuleBase;
import org.drools.core.reteoo.AccumulateNode;
import org.drools.core.reteoo.BetaMemory;
import org.drools.core.reteoo.FromNode;
import org.drools.core.reteoo.LeftTupleSource;
import org.drools.core.reteoo.TerminalNode;
import org.drools.core.reteoo.TupleMemory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kie.api.runtime.KieSession;

/**
 * The rules' work grows in proportion to the allies, never with their square. Assessed twice, once
 * with a set of allies and once with two copies of it (the copy under other ids, in regions of its
 * own), no node of the rule network holds more than twice the partial matches; and no node matches
 * by comparing each of many tuples with each of many facts. REG-2, which once joined every strong
 * capability with every weak one across regions and then scanned every tie for each pair, broke
 * both. Counts of what the engine holds, not time: the same on any machine. They are read through
 * Drools' internal API (drools-core's node memories); should an upgrade move it, adapt memories().
 */
class LinearMatchingTest {

    private static final int REGIONS = 4;
    private static final int ALLIES_PER_REGION = 30;

    private static Map<String, NodeMemory> once;
    private static Map<String, NodeMemory> twice;

    /** What one join, not, accumulate or from node holds once the rules have run. */
    private record NodeMemory(int left, boolean leftIndexed, int right, boolean rightIndexed) {
        int tuples() {
            return left + right;
        }
    }

    @BeforeAll
    static void runTheRulesOnceAndOnTwoCopies() {
        FactSet set = allies(REGIONS, "");
        once = memoriesByNode(set);
        twice = memoriesByNode(twoCopies(set, allies(REGIONS, "copy-")));
    }

    @Test
    void noNodeHoldsMoreThanTwiceThePartialMatchesWhenTheAlliesDouble() {
        assertThat(once.values().stream().mapToInt(NodeMemory::tuples).sum())
                .as("the set makes the rules work: coalitions, ties, classifications")
                .isGreaterThan(5000);
        List<String> superlinear = new ArrayList<>();
        twice.forEach(
                (node, memory) -> {
                    int before = once.containsKey(node) ? once.get(node).tuples() : 0;
                    if (memory.tuples() > 2 * before) {
                        superlinear.add(node + ": " + before + " -> " + memory.tuples());
                    }
                });
        assertThat(superlinear)
                .as("nodes whose partial matches more than doubled with the allies")
                .isEmpty();
    }

    @Test
    void noNodeComparesEachOfManyTuplesWithEachOfManyFacts() {
        List<String> scanning = new ArrayList<>();
        twice.forEach(
                (node, memory) -> {
                    if (memory.left() > 1
                            && memory.right() > 1
                            && !(memory.leftIndexed() && memory.rightIndexed())) {
                        scanning.add(
                                node
                                        + ": "
                                        + memory.left()
                                        + " tuples x "
                                        + memory.right()
                                        + " facts, not indexed");
                    }
                });
        assertThat(scanning)
                .as("nodes that match by scanning; join on an equality (ally == $id) instead")
                .isEmpty();
    }

    /**
     * Regions of allies with every field filled; in each region a few allies are strong (maturity
     * 5) and a few weak (1 or 2) in each capability, so that REG-2 finds coalitions, and allies are
     * tied to their next neighbour, so that some pairs are not coalitions. Ids run from AAA; the
     * copy starts halfway through the alphabet so that its ids differ.
     */
    private static FactSet allies(int regions, String regionPrefix) {
        List<Region> regionFacts = new ArrayList<>();
        List<Ally> allies = new ArrayList<>();
        int offset = regionPrefix.isEmpty() ? 0 : 26 * 26 * 13;
        for (int r = 0; r < regions; r++) {
            String region = regionPrefix + "Region-" + r;
            regionFacts.add(new Region(region, 1 + r % 5));
            for (int i = 0; i < ALLIES_PER_REGION; i++) {
                int n =
                        r * ALLIES_PER_REGION
                                + i; // the copy's allies have the same facts under other ids
                String next = i + 1 < ALLIES_PER_REGION ? id(offset + n + 1) : null;
                int maturity = i % 10 == 0 ? 5 : i % 10 == 1 ? 1 : 3;
                allies.add(
                        Ally.builder(id(offset + n), "Ally " + id(offset + n), region)
                                .memberships(i % 4 == 0 ? List.of() : List.of("NATO"))
                                .budget(
                                        new Budget(
                                                100.0 + n % 900,
                                                2000.0 + n % 50_000,
                                                1.0 + n % 30 / 10.0,
                                                10.0 + n % 30,
                                                -3.0 + n % 12,
                                                Map.of(2023, 1.0 + n % 5, 2024, -2.0 + n % 7)))
                                .usSupport(
                                        new UsSupport(
                                                n % 3 == 0 ? 800.0 : 20.0,
                                                Dependence.values()[n % 3],
                                                n % 5 == 0 ? 15_000 : 300))
                                .interoperability(
                                        new Interoperability(30 + n % 60, n % 10, List.of("NATO")))
                                .capabilities(
                                        new Capabilities(
                                                maturity,
                                                i % 10 == 2 ? 5 : i % 10 == 3 ? 2 : 3,
                                                maturity))
                                .threat(
                                        new Threat(
                                                1 + n % 5,
                                                List.of(
                                                        ThreatDomain.values()[
                                                                n % ThreatDomain.values().length])))
                                .diplomacy(new Diplomacy(n % 6, n % 2 == 0))
                                .ties(
                                        next == null
                                                ? List.of()
                                                : List.of(
                                                        new Tie(
                                                                id(offset + n),
                                                                next,
                                                                TieKind.DEFENSE_AGREEMENT,
                                                                2 + n % 4)))
                                .build());
            }
        }
        return new FactSet(
                new Meta("scale", LocalDate.of(2025, 6, 30), SupportLevel.REDUCED),
                regionFacts,
                allies);
    }

    private static FactSet twoCopies(FactSet first, FactSet second) {
        List<Region> regions = new ArrayList<>(first.regions());
        regions.addAll(second.regions());
        List<Ally> allies = new ArrayList<>(first.allies());
        allies.addAll(second.allies());
        return new FactSet(first.meta(), regions, allies);
    }

    private static String id(int n) {
        return ""
                + (char) ('A' + n / 676 % 26)
                + (char) ('A' + n / 26 % 26)
                + (char) ('A' + n % 26);
    }

    /**
     * Runs the shipped rules over the facts, inserted as the Assessor inserts them, and reads what
     * each join, not, accumulate and from node holds afterwards, by node (named by its rules).
     */
    private static Map<String, NodeMemory> memoriesByNode(FactSet facts) {
        RuleSet rules = Fixtures.shippedRules();
        KieSession session = rules.newSession();
        try {
            SessionFacts.insert(session, rules, facts);
            session.fireAllRules();
            return memories(session);
        } finally {
            session.dispose();
        }
    }

    private static Map<String, NodeMemory> memories(KieSession session) {
        NodeMemories memories = ((InternalWorkingMemory) session).getNodeMemories();
        Map<NetworkNode, List<String>> rulesOfNode = new HashMap<>();
        ((InternalRuleBase) session.getKieBase())
                .getReteooBuilder()
                .getTerminalNodes()
                .forEach(
                        (rule, terminals) -> {
                            for (TerminalNode terminal : terminals) {
                                for (LeftTupleSource node = terminal.getLeftTupleSource();
                                        node != null;
                                        node = node.getLeftTupleSource()) {
                                    rulesOfNode
                                            .computeIfAbsent(node, n -> new ArrayList<>())
                                            .add(rule.replace("org.allyadvisor.rules.", ""));
                                }
                            }
                        });
        Map<String, NodeMemory> byNode = new TreeMap<>();
        rulesOfNode.forEach(
                (node, names) -> {
                    Memory memory = memories.peekNodeMemory(node);
                    BetaMemory<?> beta =
                            memory instanceof BetaMemory<?> b
                                    ? b
                                    : memory instanceof AccumulateNode.AccumulateMemory a
                                            ? a.getBetaMemory()
                                            : memory instanceof FromNode.FromMemory f
                                                    ? f.getBetaMemory()
                                                    : null;
                    if (beta != null) {
                        TupleMemory left = beta.getLeftTupleMemory();
                        TupleMemory right = beta.getRightTupleMemory();
                        byNode.put(
                                node.getClass().getSimpleName()
                                        + "#"
                                        + node.getId()
                                        + " "
                                        + names.stream().sorted().toList(),
                                new NodeMemory(
                                        left.size(),
                                        left.isIndexed(),
                                        right == null ? 0 : right.size(),
                                        right != null && right.isIndexed()));
                    }
                });
        return byNode;
    }
}
