package org.allyadvisor.policy;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What changes under one US support scenario: how rationales speak of it, and the thresholds that
 * hold under it instead of the values written in their sections.
 *
 * @param phrase how a rationale names the scenario, written to end a sentence ({@code "now that US
 *     support is limited"})
 * @param overrides threshold path ({@code usAssistance.manyUsTroops}) to the value that holds under
 *     the scenario, in file order
 */
public record SupportLevelPolicy(String phrase, Map<String, Object> overrides) {

    public SupportLevelPolicy {
        overrides = Collections.unmodifiableMap(new LinkedHashMap<>(overrides));
    }
}
