package org.allyadvisor.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.allyadvisor.rules.RuleFolder;

/** Input every command that reads it must refuse alike, and the line it is refused with. */
final class BadInput {

    private BadInput() {}

    /** A fact file with one value out of range: XAA's threat level, 9. */
    static Path factsOutOfRange(Path folder) throws IOException {
        return Files.writeString(
                folder.resolve("bad.yaml"),
                """
                allies:
                  - id: XAA
                    name: Alpha
                    region: Test
                    threat: {level: 9}
                """);
    }

    /** What a command says of {@link #factsOutOfRange} (exit 3). */
    static String outOfRange(Path facts) {
        return facts + ":5:21: allies[XAA].threat.level: 9 is out of range 1..5\n";
    }

    /** A copy of the shipped rules with a rule file that does not compile. */
    static RuleFolder brokenRules(Path folder) {
        return RuleFolder.copyOfShipped(folder).withTestRule("broken-syntax.drl");
    }

    /** What a command says of {@link #brokenRules} (exit 4). */
    static String doesNotCompile(RuleFolder rules) {
        return rules.shown("broken-syntax.drl")
                + ":6:1: error: mismatched input 'then' in rule \"Broken\"\n";
    }
}
