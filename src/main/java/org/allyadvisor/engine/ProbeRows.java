package org.allyadvisor.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.allyadvisor.facts.FactSet;
import org.allyadvisor.rules.Probe;
import org.allyadvisor.rules.ProbedRules;
import org.allyadvisor.rules.RuleSet;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.QueryResults;
import org.kie.api.runtime.rule.QueryResultsRow;

/**
 * The answers of every probe ({@link Probe}) on one fact set: the rules fired in a session of the
 * probed rule base, as in an assessment, then each probe's query read back, a row per match with
 * every name it binds. Only {@code explain} runs this, after the same facts were assessed within
 * the engine limits; the firing limit still holds here.
 */
final class ProbeRows {

    private final Map<String, List<Map<String, Object>>> byProbe;

    private ProbeRows(Map<String, List<Map<String, Object>>> byProbe) {
        this.byProbe = byProbe;
    }

    static ProbeRows run(RuleSet rules, ProbedRules probed, FactSet facts) {
        KieSession session = probed.newSession();
        try {
            SessionFacts.insert(session, rules, facts);
            session.fireAllRules(
                    (int)
                            Math.min(
                                    Integer.MAX_VALUE,
                                    new RunLimits(
                                                    rules.thresholds().engine(),
                                                    facts.allies().size())
                                            .ruleFirings()));
            Map<String, List<Map<String, Object>>> rows = new HashMap<>();
            for (Probe probe : probed.probes()) {
                QueryResults results = session.getQueryResults(probe.name());
                List<Map<String, Object>> found = new ArrayList<>(results.size());
                for (QueryResultsRow row : results) {
                    Map<String, Object> values = new LinkedHashMap<>();
                    for (String name : results.getIdentifiers()) {
                        values.put(name, row.get(name));
                    }
                    found.add(values);
                }
                rows.put(probe.name(), found);
            }
            return new ProbeRows(rows);
        } finally {
            session.dispose();
        }
    }

    /** The matches of a probe; empty for a probe that is not there. */
    List<Map<String, Object>> of(Probe probe) {
        return byProbe.getOrDefault(probe.name(), List.of());
    }
}
