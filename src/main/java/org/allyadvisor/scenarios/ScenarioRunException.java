package org.allyadvisor.scenarios;

import org.allyadvisor.engine.RuleRunException;

/**
 * The rules failed, ran away or passed their deadline on the facts of one case: the rule set needs
 * fixing ({@link #getCause()} names the rule), and this names the case that showed it.
 */
public final class ScenarioRunException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient ScenarioCase scenarioCase;

    ScenarioRunException(ScenarioCase scenarioCase, RuleRunException cause) {
        super(
                cause.getMessage()
                        + " (in case '"
                        + scenarioCase.name()
                        + "', "
                        + scenarioCase.where()
                        + ")",
                cause);
        this.scenarioCase = scenarioCase;
    }

    public ScenarioCase scenarioCase() {
        return scenarioCase;
    }

    @Override
    public synchronized RuleRunException getCause() {
        return (RuleRunException) super.getCause();
    }
}
