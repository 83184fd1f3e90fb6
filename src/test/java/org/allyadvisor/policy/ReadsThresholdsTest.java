package org.allyadvisor.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * validate learns what a policy method reads from its {@link ReadsThresholds}: a method without it
 * would hide the thresholds it reads, and they would be reported as read by no rule.
 */
class ReadsThresholdsTest {

    private static final Set<String> OBJECT_METHODS = Set.of("equals", "hashCode", "toString");

    @Test
    void everyPolicyMethodRulesMayCallSaysWhichThresholdsItReads() {
        for (RecordComponent section : Thresholds.class.getRecordComponents()) {
            if (!Thresholds.RULE_SECTIONS.contains(section.getName())) {
                continue;
            }
            Class<?> policy = section.getType();
            List<String> components =
                    Arrays.stream(policy.getRecordComponents())
                            .map(RecordComponent::getName)
                            .toList();
            for (Method method : policy.getDeclaredMethods()) {
                if (!Modifier.isPublic(method.getModifiers())
                        || Modifier.isStatic(method.getModifiers())
                        || components.contains(method.getName())
                        || OBJECT_METHODS.contains(method.getName())) {
                    continue;
                }
                ReadsThresholds reads = method.getAnnotation(ReadsThresholds.class);
                assertThat(reads)
                        .as("@ReadsThresholds on %s.%s", policy.getSimpleName(), method.getName())
                        .isNotNull();
                assertThat(components)
                        .as("what %s.%s reads", policy.getSimpleName(), method.getName())
                        .contains(reads.value());
            }
        }
    }
}
