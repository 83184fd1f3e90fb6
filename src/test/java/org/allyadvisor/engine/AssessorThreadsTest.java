package org.allyadvisor.engine;

import static org.allyadvisor.rules.Fixtures.shippedRules;
import static org.allyadvisor.rules.Fixtures.soundSet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;

/**
 * What Assessor's Javadoc promises an embedder about threads: the rules fire on daemon threads of
 * the assessor's own, so nothing needs closing and no JVM is kept from exiting, and an interrupted
 * caller gets a CancellationException with its interrupt flag kept.
 */
class AssessorThreadsTest {

    @Test
    void theRulesFireOnDaemonThreadsThatKeepNoJvmAlive() throws Exception {
        new Assessor(shippedRules()).assess(soundSet(b -> b));

        List<Thread> workers =
                Thread.getAllStackTraces().keySet().stream()
                        .filter(t -> t.getName().equals("ally-advisor-rules"))
                        .toList();
        assertThat(workers).isNotEmpty().allSatisfy(t -> assertThat(t.isDaemon()).isTrue());
    }

    @Test
    void anInterruptedCallerGetsACancellationAndKeepsItsInterrupt() {
        Assessor assessor = new Assessor(shippedRules());

        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> assessor.assess(soundSet(b -> b)))
                    .isInstanceOf(CancellationException.class);
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted(); // the test thread goes back clean
        }
    }
}
