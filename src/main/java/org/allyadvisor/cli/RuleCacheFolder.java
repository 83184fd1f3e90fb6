package org.allyadvisor.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.allyadvisor.rules.CompiledRuleCache;

/**
 * Where the command line keeps rule folders it compiled: the ALLY_ADVISOR_CACHE folder, else
 * ally-advisor/ in the user's cache folder (XDG_CACHE_HOME, else ~/.cache). ALLY_ADVISOR_CACHE=off
 * turns the cache off. The key that signs the entries is kept apart from them, in
 * ally-advisor/cache.key of the user's configuration folder (XDG_CONFIG_HOME, else ~/.config), so
 * that whoever can write the cache folder still cannot make an entry this program will use. Tests
 * point both elsewhere with the system properties allyAdvisor.cacheDir and allyAdvisor.cacheKey.
 */
final class RuleCacheFolder {

    static final String PROPERTY = "allyAdvisor.cacheDir";
    static final String VARIABLE = "ALLY_ADVISOR_CACHE";
    static final String KEY_PROPERTY = "allyAdvisor.cacheKey";

    private RuleCacheFolder() {}

    static Optional<CompiledRuleCache> of(Map<String, String> environment) {
        String chosen = System.getProperty(PROPERTY, environment.get(VARIABLE));
        if ("off".equals(chosen)) {
            return Optional.empty();
        }
        Path dir =
                chosen != null && !chosen.isBlank()
                        ? Path.of(chosen)
                        : userFolder(environment, "XDG_CACHE_HOME", ".cache");
        String key = System.getProperty(KEY_PROPERTY);
        Path keyFile =
                key != null
                        ? Path.of(key)
                        : userFolder(environment, "XDG_CONFIG_HOME", ".config")
                                .resolve("cache.key");
        try {
            return Optional.of(CompiledRuleCache.in(dir, keyFile));
        } catch (IllegalArgumentException keyInsideTheCache) {
            return Optional
                    .empty(); // a cache that holds its own key guards nothing: compile instead
        }
    }

    private static Path userFolder(
            Map<String, String> environment, String variable, String inHome) {
        String xdg = environment.get(variable);
        Path base =
                xdg != null && !xdg.isBlank()
                        ? Path.of(xdg)
                        : Path.of(System.getProperty("user.home"), inHome);
        return base.resolve("ally-advisor");
    }
}
