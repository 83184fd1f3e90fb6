package org.allyadvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.allyadvisor.rules.CompiledRuleCache;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RuleCacheFolderTest {

    private String property;

    /**
     * The build points every test at its own cache through the property; these tests look past it.
     */
    @BeforeEach
    void setPropertyAside() {
        property = System.clearProperty(RuleCacheFolder.PROPERTY);
    }

    @AfterEach
    void restoreProperty() {
        if (property != null) {
            System.setProperty(RuleCacheFolder.PROPERTY, property);
        }
    }

    @Test
    void variableNamesTheCacheFolder() {
        assertThat(RuleCacheFolder.of(Map.of("ALLY_ADVISOR_CACHE", "/srv/cache")))
                .map(CompiledRuleCache::dir)
                .contains(Path.of("/srv/cache"));
    }

    @Test
    void variableOffTurnsTheCacheOff() {
        assertThat(RuleCacheFolder.of(Map.of("ALLY_ADVISOR_CACHE", "off"))).isEmpty();
    }

    @Test
    void withoutVariableTheUsersCacheFolderIsUsed() {
        assertThat(RuleCacheFolder.of(Map.of("XDG_CACHE_HOME", "/home/a/.cache-x")))
                .map(CompiledRuleCache::dir)
                .contains(Path.of("/home/a/.cache-x/ally-advisor"));
        assertThat(RuleCacheFolder.of(Map.of()))
                .map(CompiledRuleCache::dir)
                .contains(Path.of(System.getProperty("user.home"), ".cache", "ally-advisor"));
    }
}
