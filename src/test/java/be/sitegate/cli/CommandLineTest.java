package be.sitegate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class CommandLineTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = SiteGateCommand.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    @Test
    void helpListsEveryCommandAndExitsZero() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("Usage: sitegate").contains("--version");
        CommandLine cl = SiteGateCommand.commandLine();
        for (String name : cl.getSubcommands().keySet()) {
            assertThat(out.toString()).as("help lists " + name).contains(name);
        }
    }

    @Test
    void everyListedCommandHasItsOwnHelp() {
        CommandLine cl = SiteGateCommand.commandLine();
        for (String name : cl.getSubcommands().keySet()) {
            StringWriter sub = new StringWriter();
            CommandLine c = SiteGateCommand.commandLine();
            c.setOut(new PrintWriter(sub, true));
            assertThat(c.execute(name, "--help")).as(name + " --help").isZero();
            assertThat(sub.toString()).contains("Usage: sitegate " + name);
        }
    }

    @Test
    void pinHashPrintsAHashThatMatchesTheTypedPinAndRefusesAShortOne() {
        java.io.InputStream stdin = System.in;
        try {
            System.setIn(new java.io.ByteArrayInputStream("482913\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            assertThat(run("pin-hash")).isZero();
            String hash = out.toString().strip();
            assertThat(be.sitegate.pki.PinHashes.matches("482913", hash)).isTrue();
            assertThat(hash).doesNotContain("482913");

            System.setIn(new java.io.ByteArrayInputStream("1234\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            assertThat(run("pin-hash")).isEqualTo(1);
        } finally {
            System.setIn(stdin);
        }
    }

    @Test
    void versionPrintsTheBuiltVersion() {
        assertThat(run("--version")).isZero();
        assertThat(out.toString().strip()).matches("SiteGate \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
    }

    @Test
    void anUnknownCommandIsOneLineAndExitCodeTwo() {
        assertThat(run("fly")).isEqualTo(2);
        assertThat(err.toString().strip()).startsWith("sitegate: ").doesNotContain("\n").contains("fly");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void anUnknownOptionIsOneLineAndExitCodeTwo() {
        assertThat(run("--colour=blue")).isEqualTo(2);
        assertThat(err.toString().strip()).startsWith("sitegate: ").doesNotContain("\n");
    }
}
