package org.allyadvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The README's what-if excerpt is real output of the shipped example scenario on the shipped facts.
 */
class WhatIfReadmeTest {

    @Test
    void everyLineOfTheWhatIfExcerptIsInTheRealOutput() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        String lead =
                "An excerpt of `whatif facts/ --scenario facts/examples/whatif-spain-floor.yaml --ally ESP --ally POL`:";
        int from = readme.indexOf("```text\n", readme.indexOf(lead)) + "```text\n".length();
        List<String> excerpt =
                readme.substring(from, readme.indexOf("```", from))
                        .lines()
                        .filter(line -> !line.equals("..."))
                        // the fingerprint changes with every rule edit; the rest of the line must
                        // hold
                        .map(line -> line.replaceAll("sha256 [0-9a-f]{12}", "sha256 "))
                        .toList();

        Cli run =
                Cli.run(
                        "whatif",
                        "facts/",
                        "--scenario",
                        "facts/examples/whatif-spain-floor.yaml",
                        "--ally",
                        "ESP",
                        "--ally",
                        "POL");

        assertThat(readme).contains(lead);
        assertThat(excerpt).hasSizeGreaterThan(10);
        assertThat(run.exitCode()).isZero();
        assertThat(run.out().replaceAll("sha256 [0-9a-f]{12}", "sha256 ").lines().toList())
                .containsAll(excerpt);
    }
}
