package org.allyadvisor.engine;

import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;

/**
 * Counts rule firings and halts the session on the first firing past the limit. {@code
 * fireAllRules(max)} would overshoot; halting from the listener stops right there, and the per-rule
 * counts name the rule that ran away. It also knows which rule is firing right now, for a rule that
 * never finishes firing, or fails while it fires.
 */
final class FiringGuard extends DefaultAgendaEventListener {

    private final long limit;
    private final RuleTally firings = new RuleTally();
    private long total;

    /** Written by the session's thread, read by the one that watches the deadline. */
    private volatile String firingNow;

    /**
     * Set by the thread that watches the deadline: halt at the next firing, whenever the session
     * started firing.
     */
    private volatile boolean stopRequested;

    FiringGuard(long limit) {
        this.limit = limit;
    }

    @Override
    public void beforeMatchFired(BeforeMatchFiredEvent event) {
        firingNow = event.getMatch().getRule().getName();
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        firingNow = null;
        firings.add(event.getMatch().getRule().getName());
        if (++total > limit || stopRequested) {
            event.getKieRuntime().halt();
        }
    }

    /**
     * Halts the session after the firing under way, or the next. A halt from another thread is lost
     * when it comes just before the session starts firing; this one is not.
     */
    void requestStop() {
        stopRequested = true;
    }

    /** Whether the rules fired more than the limit allows. */
    boolean tripped() {
        return total > limit;
    }

    /** The rule whose consequence is running, or null between firings. */
    String firingNow() {
        return firingNow;
    }

    /**
     * The name of the rule that fired most; ties go to the first name in order, for stable
     * messages.
     */
    String busiestRule() {
        return firings.busiest();
    }

    long firingsOf(String rule) {
        return firings.of(rule);
    }
}
