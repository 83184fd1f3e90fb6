package org.allyadvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/**
 * {@code --version} says which build this is: the POM's version, not a word typed into the code.
 */
class VersionTest {

    @Test
    void versionIsThePomVersion() throws Exception {
        Cli run = Cli.run("--version");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEqualTo("ally-advisor " + pomVersion() + System.lineSeparator());
    }

    @Test
    void versionIsNeverTheUnfilteredPlaceholder() {
        assertThat(VersionProvider.version())
                .doesNotContain("${")
                .isNotEqualTo(VersionProvider.UNKNOWN);
    }

    /** Read from pom.xml itself, so a release that bumps the version needs no change here. */
    static String pomVersion() throws Exception {
        Document pom =
                DocumentBuilderFactory.newInstance()
                        .newDocumentBuilder()
                        .parse(Path.of("pom.xml").toFile());
        return XPathFactory.newInstance().newXPath().evaluate("/project/version", pom);
    }
}
