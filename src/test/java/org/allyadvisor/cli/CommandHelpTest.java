package org.allyadvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every command's help, and the top level's, as a user reads it. picocli formats help texts with
 * String.format: a lone {@code %} (as in "±10 %") makes it print a warning on stderr and show the
 * text unformatted.
 */
class CommandHelpTest {

    /** The top level (as "") and every command a user is shown, by name. */
    static Stream<String> commands() {
        return Stream.concat(
                Stream.of(""),
                AllyAdvisorCommand.COMMANDS.stream()
                        .map(c -> c.getAnnotation(picocli.CommandLine.Command.class))
                        .filter(command -> !command.hidden())
                        .map(picocli.CommandLine.Command::name));
    }

    @ParameterizedTest
    @MethodSource("commands")
    @ResourceLock(Resources.SYSTEM_ERR) // picocli warns on System.err, not on the command's err
    void helpIsFormattedWithoutAWarning(String command) {
        String[] args =
                command.isEmpty() ? new String[] {"--help"} : new String[] {command, "--help"};
        PrintStream stderr = System.err;
        ByteArrayOutputStream warnings = new ByteArrayOutputStream();
        Cli cli;
        try {
            System.setErr(new PrintStream(warnings, true, StandardCharsets.UTF_8));
            cli = Cli.run(args);
        } finally {
            System.setErr(stderr);
        }
        assertThat(cli.exitCode()).isZero();
        assertThat(warnings.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(cli.err()).isEmpty();
        assertThat(cli.out()).contains("Usage: ally-advisor").doesNotContain("%n");
    }

    @org.junit.jupiter.api.Test
    void aRunNamingItsCommandGetsTheSameHelpAsTheWholeTree() {
        // the command alone is registered when named first: its help must not change for it
        Cli alone = Cli.run("sweep", "--help");
        Cli usage = Cli.run("--help");
        assertThat(usage.out()).contains("assess", "whatif", "sweep", "trace");
        assertThat(alone.out()).startsWith("Usage: ally-advisor sweep");
    }
}
