package org.allyadvisor.engine;

import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;

/**
 * Counts the facts in working memory and stops the insert that takes them past the limit. Halting
 * is not enough here: one firing may insert millions of facts without returning, so the insert
 * itself throws, and keeps throwing should the consequence catch it and insert again. It also
 * counts the facts each rule changed or deleted: a rule set that never stops is most often one rule
 * changing a fact that makes the rules match again, and the rule that fires most is then not always
 * that rule.
 */
final class FactGuard extends DefaultRuleRuntimeEventListener {

    private final long limit;
    private final RuleTally inserts = new RuleTally();
    private final RuleTally changes = new RuleTally();
    private long live;
    private String culprit;
    private boolean tripped;

    FactGuard(long limit) {
        this.limit = limit;
    }

    @Override
    public void objectInserted(ObjectInsertedEvent event) {
        String rule = event.getRule() == null ? null : event.getRule().getName();
        if (rule != null) {
            inserts.add(rule);
        }
        if (++live > limit || tripped) {
            if (!tripped) {
                tripped = true;
                culprit = rule;
                event.getKieRuntime().halt();
            }
            throw new WorkingMemoryFull();
        }
    }

    @Override
    public void objectUpdated(ObjectUpdatedEvent event) {
        if (event.getRule() != null) {
            changes.add(event.getRule().getName());
        }
    }

    @Override
    public void objectDeleted(ObjectDeletedEvent event) {
        live--;
        if (event.getRule() != null) {
            changes.add(event.getRule().getName());
        }
    }

    /** Whether an insert took working memory past the limit. */
    boolean tripped() {
        return tripped;
    }

    /** The rule whose insert went past the limit, or null when the given facts alone did. */
    String culprit() {
        return culprit;
    }

    long insertsOf(String rule) {
        return inserts.of(rule);
    }

    /**
     * The rule whose consequences changed or deleted most facts, or null when no rule changed any.
     */
    String busiestChanger() {
        return changes.busiest();
    }

    long changesOf(String rule) {
        return changes.of(rule);
    }

    /** The rule that inserted most facts, or null when no rule inserted any. */
    String busiestRule() {
        return inserts.busiest();
    }

    /**
     * Thrown out of the insert that goes past the limit; the engine turns it into a {@link
     * MemoryFloodException}.
     */
    static final class WorkingMemoryFull extends RuntimeException {

        private static final long serialVersionUID = 1L;

        WorkingMemoryFull() {
            super("working memory is full", null, false, false);
        }
    }
}
