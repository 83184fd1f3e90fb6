package org.allyadvisor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class RuleInfoTest {

    private static RuleInfo in(String file) {
        return new RuleInfo("A rule", "BUD-1", "SUSTAINABLE_BUDGETS", "", "", "", "", List.of(), file, 3);
    }

    @Test
    void formIsToldByTheFileTheRuleIsWrittenIn() {
        assertThat(in("rules/budget.drl").form()).isEqualTo(RuleInfo.Form.DRL);
        assertThat(in("rules/diplomacy.dslr").form()).isEqualTo(RuleInfo.Form.DSL);
        assertThat(in("rules/technology.drl.csv").form()).isEqualTo(RuleInfo.Form.TABLE);
        assertThat(in("rules/Technology.XLSX").form()).isEqualTo(RuleInfo.Form.TABLE);
    }
}
