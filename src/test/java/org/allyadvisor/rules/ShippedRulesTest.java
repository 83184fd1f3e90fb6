package org.allyadvisor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ShippedRulesTest {

    @Test
    void shippedRuleFolderCompiles() throws Exception {
        RuleSet rules = RuleSet.load(Path.of("rules"));
        assertThat(rules.catalogue()).isNotEmpty();
    }
}
