package org.allyadvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the command line in-process and keeps what it printed. */
record Cli(int exitCode, String out, String err) {

    static Cli run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Cli(code, out.toString(), err.toString());
    }

    /**
     * A refused run: this exit code, nothing on stdout (no half-written result) and exactly this on
     * stderr.
     */
    void assertFailed(int expectedExitCode, String expectedErr) {
        assertThat(exitCode).as("exit code").isEqualTo(expectedExitCode);
        assertThat(out).as("stdout").isEmpty();
        assertThat(err).as("stderr").isEqualTo(expectedErr);
    }
}
