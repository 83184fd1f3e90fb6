package org.allyadvisor.scenarios;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.allyadvisor.engine.AssessOptions;
import org.allyadvisor.engine.Assessor;
import org.allyadvisor.engine.RuleRunException;
import org.allyadvisor.results.Action;
import org.allyadvisor.results.AllyAssessment;
import org.allyadvisor.results.Assessment;
import org.allyadvisor.results.Coalition;
import org.allyadvisor.results.Risk;
import org.allyadvisor.rules.RuleSet;

/**
 * Runs scenario cases against one rule set: the rules loaded once and one assessor for every case.
 * Keeps no state between runs, so it may be shared.
 */
public final class ScenarioRunner {

    private final RuleSet rules;
    private final Assessor assessor;

    public ScenarioRunner(RuleSet rules) {
        this.rules = rules;
        this.assessor = new Assessor(rules);
    }

    /**
     * Every case of the files, in order.
     *
     * @throws ScenarioRunException when the rules fail, run away or pass their deadline on a case's
     *     facts
     */
    public TestRun run(List<ScenarioFile> files) throws ScenarioRunException {
        List<CaseResult> results = new ArrayList<>();
        for (ScenarioFile file : files) {
            for (ScenarioCase scenarioCase : file.cases()) {
                results.add(run(scenarioCase));
            }
        }
        return new TestRun(results, coverage(results));
    }

    /** One case. */
    public CaseResult run(ScenarioCase scenarioCase) throws ScenarioRunException {
        Assessment assessment;
        try {
            assessment =
                    assessor.assess(
                            scenarioCase.facts(),
                            AssessOptions.DEFAULTS.withSupport(scenarioCase.support()));
        } catch (RuleRunException e) {
            throw new ScenarioRunException(scenarioCase, e);
        }
        AllyAssessment ally = assessment.ally(scenarioCase.ally()).orElseThrow();
        List<Coalition> coalitions =
                assessment.coalitions().stream()
                        .filter(c -> c.members().contains(ally.id()))
                        .toList();
        List<Expectation> unmet =
                scenarioCase.expectations().stream()
                        .filter(e -> !e.heldBy(ally, coalitions))
                        .toList();
        return new CaseResult(scenarioCase, unmet, ally, coalitions, fired(assessment));
    }

    private static Set<String> fired(Assessment assessment) {
        Set<String> fired = new TreeSet<>();
        for (AllyAssessment ally : assessment.allies()) {
            ally.actions().stream().map(Action::ruleIds).forEach(fired::addAll);
            ally.risks().stream().map(Risk::ruleId).forEach(fired::add);
        }
        assessment.coalitions().stream().map(Coalition::ruleId).forEach(fired::add);
        return fired;
    }

    private Coverage coverage(List<CaseResult> results) {
        Map<String, List<String>> firedBy = new LinkedHashMap<>();
        rules.catalogueById().keySet().forEach(id -> firedBy.put(id, new ArrayList<>()));
        for (CaseResult result : results) {
            for (String id : result.fired()) {
                List<String> cases = firedBy.get(id);
                if (cases != null) {
                    cases.add(result.scenarioCase().title());
                }
            }
        }
        return new Coverage(firedBy);
    }
}
