package org.allyadvisor.engine;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.allyadvisor.advice.ActionProposal;
import org.allyadvisor.advice.CoalitionProposal;
import org.allyadvisor.advice.RiskProposal;
import org.allyadvisor.facts.FactSet;
import org.allyadvisor.facts.FactSetChecks;
import org.allyadvisor.results.Assessment;
import org.allyadvisor.rules.RuleSet;

/**
 * Runs fact sets through a rule set. One assessor per rule set; it keeps no state between calls, so
 * many threads may share it, each call taking a rule session of its own. The rules run within the
 * limits of the thresholds' {@code engine} section: too many firings, too many facts or too long a
 * run stops them with a {@link RuleRunException}.
 *
 * <p>So that a deadline can halt them, the rules of each call fire on a thread of the assessor's
 * own while the calling thread waits: daemon threads named {@code ally-advisor-rules}, made as
 * needed and ended after a minute idle, so an assessor needs no closing and never keeps a JVM from
 * exiting. Interrupting the calling thread halts the rules and ends the call with a {@link
 * java.util.concurrent.CancellationException}, the thread's interrupt flag kept set.
 */
public final class Assessor {

    private final RuleSet rules;
    private final DataGapFinder gaps;

    /**
     * The threads the rules run on, so that a deadline can halt them: daemon threads, made as
     * needed and ended after a minute idle, so an assessor needs no closing.
     */
    private final ExecutorService workers;

    /**
     * An assessor of {@code rules}; make one per rule set and share it.
     *
     * @throws NullPointerException when {@code rules} is null
     */
    public Assessor(RuleSet rules) {
        this(rules, Executors.newCachedThreadPool(Assessor::worker));
    }

    private Assessor(RuleSet rules, ExecutorService workers) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.gaps = new DataGapFinder(rules);
        this.workers = workers;
    }

    /**
     * An assessor of {@code other} rules (this rule set with a threshold changed, say) that runs on
     * this assessor's threads: a search that assesses thousands of variants must not start a pool
     * of threads for each.
     */
    public Assessor of(RuleSet other) {
        return new Assessor(other, workers);
    }

    private static Thread worker(Runnable task) {
        Thread thread = new Thread(task, "ally-advisor-rules");
        thread.setDaemon(true);
        return thread;
    }

    /**
     * The assessment of {@code facts} under {@link AssessOptions#DEFAULTS}: every ally, every
     * action, the fact set's own support level.
     *
     * @throws IllegalArgumentException when facts built in code break the fact vocabulary
     * @throws RuleRunException when the rules run away or fail, as {@link #assess(FactSet,
     *     AssessOptions)} details
     */
    public Assessment assess(FactSet facts) throws RuleRunException {
        return assess(facts, AssessOptions.DEFAULTS);
    }

    /**
     * The assessment of {@code facts}: every ally is assessed, and {@code options} choose the
     * support level to run under and what is reported.
     *
     * @throws IllegalArgumentException when facts built in code break the fact vocabulary (a value
     *     out of range, a duplicate id, a tie to no ally of the set), or {@code options} name an
     *     ally the fact set does not have
     * @throws RunawayRulesException when the rules fire more than the thresholds allow ({@code
     *     engine.ruleFirings})
     * @throws MemoryFloodException when a rule fills working memory past {@code engine.facts}, or
     *     the heap
     * @throws DeadlineExceededException when the rules take longer than {@code
     *     engine.deadlineSeconds}
     * @throws RuleFailedException when a rule throws while it is evaluated or fired, or recurses
     *     too deeply
     * @throws java.util.concurrent.CancellationException when the calling thread is interrupted
     *     while the rules run: they are halted, and the thread's interrupt flag stays set
     * @throws NullPointerException when {@code facts} or {@code options} is null
     */
    public Assessment assess(FactSet facts, AssessOptions options) throws RuleRunException {
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(options, "options");
        List<String> unsound = FactSetChecks.problems(facts);
        if (!unsound.isEmpty()) {
            throw new IllegalArgumentException(
                    "facts break the fact vocabulary: " + String.join("; ", unsound));
        }
        for (String id : options.allies()) {
            if (facts.ally(id).isEmpty()) {
                throw new IllegalArgumentException("no ally '" + id + "' in the fact set");
            }
        }
        FactSet scenario = scenario(facts, options);
        Assessment.Judgements judgements =
                !facts.provenance().hasJudgements()
                        ? Assessment.Judgements.NONE
                        : options.withoutJudgements()
                                ? Assessment.Judgements.EXCLUDED
                                : Assessment.Judgements.INCLUDED;
        Proposals proposals = run(scenario);
        return new ResultAssembler(rules, gaps, scenario, options, judgements).assemble(proposals);
    }

    /**
     * The facts as the rules see them under the options: the support scenario asked for, judgements
     * left out if asked.
     */
    static FactSet scenario(FactSet facts, AssessOptions options) {
        FactSet scenario =
                options.support() == null
                        ? facts
                        : facts.withMeta(facts.meta().withSupportLevel(options.support()));
        return options.withoutJudgements() ? scenario.withoutJudgements() : scenario;
    }

    private Proposals run(FactSet facts) throws RuleRunException {
        Proposals proposals = new GuardedRun(rules, facts).run(workers);
        requireWeighedDistances(proposals);
        return proposals;
    }

    /**
     * Loading checks every distance a rule file names as a literal; one named any other way is
     * caught here, before scoring, and blamed on its rule.
     */
    private void requireWeighedDistances(Proposals proposals) throws RuleFailedException {
        Set<String> weighed = rules.thresholds().scoring().distance().full().keySet();
        Map<String, String> unweighed =
                new TreeMap<>(); // rule name -> measure, so the same rule is blamed every run
        proposals.actions().stream()
                .filter(p -> p.distance() != null && !weighed.contains(p.distance().measure()))
                .forEach(p -> unweighed.putIfAbsent(p.ruleName(), p.distance().measure()));
        proposals.risks().stream()
                .filter(p -> p.distance() != null && !weighed.contains(p.distance().measure()))
                .forEach(p -> unweighed.putIfAbsent(p.ruleName(), p.distance().measure()));
        if (!unweighed.isEmpty()) {
            Map.Entry<String, String> first = unweighed.entrySet().iterator().next();
            throw new RuleFailedException(
                    new Culprits(rules).ref(first.getKey()),
                    new IllegalArgumentException(
                            "distance '"
                                    + first.getValue()
                                    + "' has no full distance in scoring.distance.full"));
        }
    }

    /** What the rules inserted, read back after they ran. */
    record Proposals(
            List<ActionProposal> actions,
            List<RiskProposal> risks,
            List<CoalitionProposal> coalitions) {}
}
