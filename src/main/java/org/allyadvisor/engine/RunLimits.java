package org.allyadvisor.engine;

import java.time.Duration;
import org.allyadvisor.policy.EnginePolicy;
import org.allyadvisor.text.Numbers;

/**
 * The engine limits of one assessment, worked out for the size of its fact set from {@code engine}
 * in the thresholds file, each with the words that say where it comes from.
 *
 * @param allies the number of allies assessed
 */
record RunLimits(EnginePolicy policy, int allies) {

    long ruleFirings() {
        return policy.ruleFirings().forAllies(allies);
    }

    long facts() {
        return policy.facts().forAllies(allies);
    }

    Duration deadline() {
        return Duration.ofNanos(Math.round(deadlineSeconds() * 1e9));
    }

    double deadlineSeconds() {
        return policy.deadlineSeconds().forAllies(allies);
    }

    /** {@code engine.ruleFirings: 10000 + 500 per ally × 3 allies}. */
    String ruleFiringsSource() {
        return source(
                "engine.ruleFirings", policy.ruleFirings().base(), policy.ruleFirings().perAlly());
    }

    String factsSource() {
        return source("engine.facts", policy.facts().base(), policy.facts().perAlly());
    }

    String deadlineSource() {
        return source(
                "engine.deadlineSeconds",
                policy.deadlineSeconds().base(),
                policy.deadlineSeconds().perAlly());
    }

    private String source(String path, double base, double perAlly) {
        return path
                + ": "
                + Numbers.plain(base)
                + " + "
                + Numbers.plain(perAlly)
                + " per ally × "
                + allies
                + (allies == 1 ? " ally" : " allies");
    }
}
