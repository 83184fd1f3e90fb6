package org.allyadvisor.engine;

import java.util.ArrayList;
import java.util.List;
import org.allyadvisor.facts.FactSet;
import org.allyadvisor.rules.RuleSet;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.QueryResultsRow;

/**
 * The rules firing bare, for the benchmark that weighs the explanation layer against them: the
 * session the assessor would use, the same facts inserted, every rule fired and the proposals read
 * back — and nothing else: no fact checks, no guards, no worker thread, no merging, scoring,
 * evidence origins, data gaps or ranking.
 */
public final class BareRules {

    private static final List<String> PROPOSALS =
            List.of("action proposals", "risk proposals", "coalition proposals");

    private BareRules() {}

    /**
     * A session made and given {@code facts}, then disposed of without firing: what the rules'
     * firing costs is the difference to {@link #fire}. Returns the number of facts inserted.
     */
    public static long insertOnly(RuleSet rules, FactSet facts) {
        KieSession session = rules.newSession();
        try {
            SessionFacts.insert(session, rules, facts);
            return session.getFactCount();
        } finally {
            session.dispose();
        }
    }

    /**
     * Fires the rules on {@code facts} and returns the proposals they made, as the engine reads
     * them back.
     */
    public static List<Object> fire(RuleSet rules, FactSet facts) {
        KieSession session = rules.newSession();
        try {
            SessionFacts.insert(session, rules, facts);
            session.fireAllRules();
            List<Object> proposals = new ArrayList<>();
            for (String query : PROPOSALS) {
                for (QueryResultsRow row : session.getQueryResults(query)) {
                    proposals.add(row.get("$proposal"));
                }
            }
            return proposals;
        } finally {
            session.dispose();
        }
    }
}
