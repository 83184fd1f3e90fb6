package org.allyadvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.allyadvisor.report.ReadmeExcerpt;
import org.junit.jupiter.api.Test;

/**
 * The README's what-if excerpt is real output of the shipped example scenario on the shipped facts.
 */
class WhatIfReadmeTest {

    @Test
    void everyLineOfTheWhatIfExcerptIsInTheRealOutput() throws Exception {
        List<String> excerpt =
                ReadmeExcerpt.after(
                                "An excerpt of `whatif facts/ --scenario facts/examples/whatif-spain-floor.yaml --ally ESP --ally POL`:")
                        .stream()
                        .map(ReadmeExcerpt::withoutFingerprints)
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

        assertThat(excerpt).hasSizeGreaterThan(10);
        assertThat(run.exitCode()).isZero();
        assertThat(ReadmeExcerpt.withoutFingerprints(run.out()).lines().toList())
                .containsAll(excerpt);
    }
}
