package be.sitegate.cli;

import be.sitegate.domain.Pin;
import be.sitegate.pki.PinHashes;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code sitegate pin-hash}: the foreman PIN as the hash {@code kiosk.pin-hash} takes, for a site
 * manager who sets the PIN in the configuration rather than at the morning initialisation. The PIN
 * is read without echo from the terminal (twice), or as one line from standard input.
 */
@Command(name = "pin-hash", mixinStandardHelpOptions = true,
        description = "Print the hash of a foreman PIN (6 to 12 digits) for kiosk.pin-hash; reads the PIN without "
                + "echo, or one line from standard input.")
public final class PinHashCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        String text;
        if (System.console() != null) {
            String first = new String(System.console().readPassword("PIN (%d to %d digits): ", Pin.MIN_DIGITS,
                    Pin.MAX_DIGITS));
            String again = new String(System.console().readPassword("The same PIN again: "));
            if (!first.equals(again)) {
                spec.commandLine().getErr().println("sitegate: the two PINs differ; nothing was written");
                return 1;
            }
            text = first;
        } else {
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            text = line == null ? "" : line.strip();
        }
        if (!Pin.isValid(text)) {
            spec.commandLine().getErr().println("sitegate: a PIN is " + Pin.MIN_DIGITS + " to " + Pin.MAX_DIGITS
                    + " digits");
            return 1;
        }
        spec.commandLine().getOut().println(PinHashes.hash(Pin.of(text).digits()));
        return 0;
    }
}
