package org.allyadvisor.engine;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.allyadvisor.advice.ActionProposal;
import org.allyadvisor.advice.CoalitionProposal;
import org.allyadvisor.advice.RiskProposal;
import org.allyadvisor.facts.FactSet;
import org.allyadvisor.rules.RuleSet;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.QueryResultsRow;

/**
 * One run of the rules over a fact set, within the limits of the thresholds' {@code engine}
 * section: firings ({@link FiringGuard}), facts in working memory ({@link FactGuard}) and time. The
 * session runs on a worker thread; at the deadline it is halted, and the caller is told whether it
 * stopped. Whatever goes wrong while the rules run, the rule behind it is named.
 */
final class GuardedRun {

    /** How long a halted session may take to stop before it counts as stuck. */
    static final Duration GRACE = Duration.ofSeconds(1);

    private final RuleSet rules;
    private final FactSet facts;
    private final RunLimits limits;
    private final Culprits culprits;
    private final FiringGuard firings;
    private final FactGuard memory;
    private final Object workerLock = new Object();

    /** Set by the caller when the deadline passes, before it halts the session. */
    private volatile boolean pastDeadline;

    /** The rule firing when the deadline passed, if any. */
    private volatile String firingAtDeadline;

    private volatile KieSession session;
    private Thread worker;

    GuardedRun(RuleSet rules, FactSet facts) {
        this.rules = rules;
        this.facts = facts;
        this.limits = new RunLimits(rules.thresholds().engine(), facts.allies().size());
        this.culprits = new Culprits(rules);
        this.firings = new FiringGuard(limits.ruleFirings());
        this.memory = new FactGuard(limits.facts());
    }

    /**
     * Runs the rules on one of {@code workers}, and waits for them at most until the deadline and a
     * grace period.
     */
    Assessor.Proposals run(ExecutorService workers) throws RuleRunException {
        Future<Assessor.Proposals> running = workers.submit(this::work);
        try {
            try {
                return running.get(limits.deadline().toNanos(), TimeUnit.NANOSECONDS);
            } catch (TimeoutException late) {
                stop();
                try {
                    return running.get(GRACE.toNanos(), TimeUnit.NANOSECONDS);
                } catch (TimeoutException stuck) {
                    if (firingAtDeadline != null) {
                        throw DeadlineExceededException.stuck(
                                culprits.ref(firingAtDeadline), false, limits);
                    }
                    Culprits.InCode code = stuckIn();
                    throw DeadlineExceededException.stuck(
                            code == null ? null : culprits.ref(code.rule()),
                            code == null || code.condition(),
                            limits);
                }
            }
        } catch (ExecutionException failed) {
            // work() turns every failure into a RuleRunException; anything else is a bug of the
            // engine
            if (failed.getCause() instanceof RuleRunException ruleFailure) {
                throw ruleFailure;
            }
            throw new IllegalStateException("the rule session failed", failed.getCause());
        } catch (InterruptedException interrupted) {
            stop();
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while the rules ran; they were halted");
        }
    }

    /**
     * Halts the session from another thread, and interrupts the worker in case a rule waits on
     * something.
     */
    private void stop() {
        firingAtDeadline = firings.firingNow();
        pastDeadline = true;
        firings.requestStop();
        KieSession halting = session;
        if (halting != null) {
            // halt() synchronizes on the agenda: never let the caller wait on a session that may be
            // stuck
            Thread halter = new Thread(halting::halt, "ally-advisor-halt");
            halter.setDaemon(true);
            halter.start();
        }
        synchronized (workerLock) {
            if (worker != null) {
                worker.interrupt();
            }
        }
    }

    /**
     * The rule whose code the stuck worker is running, or whose condition calls the function it
     * runs.
     */
    private Culprits.InCode stuckIn() {
        StackTraceElement[] stack;
        synchronized (workerLock) {
            if (worker == null) {
                return null;
            }
            stack = worker.getStackTrace();
        }
        return culprits.inStack(stack)
                .or(
                        () ->
                                culprits.callerOfFunctionIn(stack)
                                        .map(rule -> new Culprits.InCode(rule, true)))
                .orElse(null);
    }

    private Assessor.Proposals work() throws RuleRunException {
        synchronized (workerLock) {
            worker = Thread.currentThread();
        }
        try {
            return fire();
        } catch (RuleRunException failure) {
            throw failure;
        } catch (
                Throwable
                        failure) { // a stack overflow or a full heap in a rule too: the rule set's
            // fault, not ours
            throw blame(failure);
        } finally {
            synchronized (workerLock) {
                worker = null;
                Thread.interrupted(); // the pool's thread goes back clean
            }
        }
    }

    /** The session's whole life: facts in, rules fired, proposals out. */
    private Assessor.Proposals fire() throws RuleRunException {
        KieSession running = rules.newSession();
        session = running;
        try {
            running.addEventListener(firings);
            running.addEventListener(memory);
            insertFacts(running);
            if (!pastDeadline) {
                running.fireAllRules();
            }
            if (pastDeadline) {
                throw haltedAtDeadline();
            }
            if (memory
                    .tripped()) { // a consequence that caught the guard's exception, and was halted
                throw flooded();
            }
            if (firings.tripped()) {
                throw runaway();
            }
            return new Assessor.Proposals(
                    query(running, "action proposals", ActionProposal.class),
                    query(running, "risk proposals", RiskProposal.class),
                    query(running, "coalition proposals", CoalitionProposal.class));
        } finally {
            session = null;
            running.dispose();
        }
    }

    /** The failure as the rule set's user should read it, naming the rule behind it. */
    private RuleRunException blame(Throwable failure) {
        if (pastDeadline) {
            return haltedAtDeadline(); // a rule interrupted, or failing as it was halted
        }
        if (memory.tripped()) {
            return flooded();
        }
        OutOfMemoryError heap = find(failure, OutOfMemoryError.class);
        if (heap != null) {
            String culprit =
                    firings.firingNow() != null ? firings.firingNow() : memory.busiestRule();
            return MemoryFloodException.heap(culprits.ref(culprit), heap);
        }
        Culprits.Condition condition = culprits.failedCondition(failure).orElse(null);
        if (condition != null) {
            return RuleFailedException.inCondition(
                    condition.rule(), condition.expression(), failure);
        }
        String culprit =
                culprits.failedConsequence(failure)
                        .or(() -> Optional.ofNullable(firings.firingNow()))
                        .orElse(null);
        if (culprit != null) {
            return new RuleFailedException(culprits.ref(culprit), failure);
        }
        Culprits.InCode code =
                culprits.inStack(failure)
                        .or(
                                () ->
                                        culprits.callerOfFunctionIn(failure.getStackTrace())
                                                .map(rule -> new Culprits.InCode(rule, true)))
                        .orElse(null);
        if (code != null && code.condition()) {
            return RuleFailedException.inCondition(culprits.ref(code.rule()), null, failure);
        }
        return new RuleFailedException(culprits.ref(code == null ? null : code.rule()), failure);
    }

    /**
     * The rule set stopped at its firing limit, blaming the rule that kept changing facts when one
     * did: what it changes makes the rules match again, and the rules that then fire most (one per
     * capability of an ally, say) are its victims rather than its cause.
     */
    private RunawayRulesException runaway() {
        String busiest = firings.busiestRule();
        String changer = memory.busiestChanger();
        if (changer == null || changer.equals(busiest)) {
            return new RunawayRulesException(
                    culprits.ref(busiest), firings.firingsOf(busiest), limits);
        }
        return RunawayRulesException.changingFacts(
                culprits.ref(changer),
                firings.firingsOf(changer),
                memory.changesOf(changer),
                culprits.ref(busiest),
                firings.firingsOf(busiest),
                limits);
    }

    private MemoryFloodException flooded() {
        String culprit = memory.culprit();
        return MemoryFloodException.factLimit(
                culprits.ref(culprit), memory.insertsOf(culprit), limits);
    }

    private DeadlineExceededException haltedAtDeadline() {
        String busiest = firings.busiestRule();
        return DeadlineExceededException.halted(
                culprits.ref(firingAtDeadline),
                culprits.ref(busiest),
                busiest == null ? 0 : firings.firingsOf(busiest),
                limits);
    }

    private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private void insertFacts(KieSession session) {
        SessionFacts.insert(session, rules, facts);
    }

    private static <T> List<T> query(KieSession session, String name, Class<T> type) {
        List<T> found = new ArrayList<>();
        for (QueryResultsRow row : session.getQueryResults(name)) {
            found.add(type.cast(row.get("$proposal")));
        }
        return found;
    }
}
