package org.allyadvisor.engine;

import org.allyadvisor.facts.Ally;
import org.allyadvisor.facts.Capability;
import org.allyadvisor.facts.CapabilityLevel;
import org.allyadvisor.facts.FactSet;
import org.allyadvisor.facts.Meta;
import org.allyadvisor.facts.Scenario;
import org.allyadvisor.facts.Tie;
import org.allyadvisor.policy.Thresholds;
import org.allyadvisor.rules.RuleSet;
import org.kie.api.runtime.KieSession;

/**
 * What a rule session is given to assess a fact set: the scenario, the thresholds as the run's
 * support level sets them, the regions, the allies with one fact per known capability, and the
 * ties. The one place that says it, so that whatever runs the rules sees the same working memory.
 */
final class SessionFacts {

    private SessionFacts() {}

    static void insert(KieSession session, RuleSet rules, FactSet facts) {
        Meta meta = facts.meta();
        session.insert(
                new Scenario(
                        meta.usSupportLevel(), meta.asOf() == null ? null : meta.asOf().getYear()));
        // the rules read the thresholds as the run's support scenario changes them, and its words
        Thresholds thresholds = rules.thresholds(meta.usSupportLevel());
        thresholds.policyFacts().forEach(session::insert);
        session.insert(thresholds.scenario(meta.usSupportLevel()));
        facts.regions().forEach(session::insert);
        for (Ally ally : facts.allies()) {
            session.insert(ally);
            for (Capability capability : Capability.values()) {
                Integer maturity = ally.capabilities().maturity(capability);
                if (maturity != null) {
                    session.insert(new CapabilityLevel(ally.id(), capability, maturity));
                }
            }
        }
        for (Tie tie : facts.ties()) {
            session.insert(tie);
        }
    }
}
