package org.allyadvisor.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.allyadvisor.rules.CompiledRuleCache;

/**
 * Where the command line keeps rule folders it compiled: the ALLY_ADVISOR_CACHE folder, else
 * ally-advisor/ in the user's cache folder (XDG_CACHE_HOME, else ~/.cache). ALLY_ADVISOR_CACHE=off
 * turns the cache off. Tests point it elsewhere with the system property allyAdvisor.cacheDir.
 */
final class RuleCacheFolder {

    static final String PROPERTY = "allyAdvisor.cacheDir";
    static final String VARIABLE = "ALLY_ADVISOR_CACHE";

    private RuleCacheFolder() {
    }

    static Optional<CompiledRuleCache> of(Map<String, String> environment) {
        String chosen = System.getProperty(PROPERTY, environment.get(VARIABLE));
        if ("off".equals(chosen)) {
            return Optional.empty();
        }
        if (chosen != null && !chosen.isBlank()) {
            return Optional.of(CompiledRuleCache.in(Path.of(chosen)));
        }
        String xdg = environment.get("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return Optional.of(CompiledRuleCache.in(base.resolve("ally-advisor")));
    }
}
