package org.allyadvisor.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * The POM's version, which the build writes into {@code version.properties} beside this class
 * (resource filtering): read from the classes folder as from either jar, so in-process runs and the
 * packaged CLI report the same version.
 */
final class VersionProvider implements IVersionProvider {

    static final String UNKNOWN = "(development build)";

    @Override
    public String[] getVersion() {
        return new String[] {"ally-advisor " + version()};
    }

    /** The POM version, or {@link #UNKNOWN} when the classes were not built by Maven. */
    static String version() {
        try (InputStream in = VersionProvider.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                return UNKNOWN;
            }
            Properties properties = new Properties();
            properties.load(in);
            String version = properties.getProperty("version", "");
            // an IDE that copies resources without filtering leaves the placeholder as it is
            return version.isBlank() || version.contains("${") ? UNKNOWN : version;
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
