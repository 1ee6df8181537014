package be.sitegate.cli;

import be.sitegate.virtualcard.BelpicCard;
import be.sitegate.virtualcard.VirtualCardPki;
import be.sitegate.virtualcard.VirtualCardProfile;
import be.sitegate.virtualcard.VirtualCardProfiles;
import be.sitegate.virtualcard.VpcdCardClient;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sitegate virtual-card}: a virtual Belgian eID card in pcscd's vpcd reader, for demos and tests. */
@Command(name = "virtual-card", mixinStandardHelpOptions = true,
        description = "Inserts a virtual Belgian eID card into the vpcd reader of a local pcscd (runs until stopped).")
public final class VirtualCardCommand implements Callable<Integer> {

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "vpcd host, loopback only (default ${DEFAULT-VALUE})")
    String host;

    @Option(names = "--port", defaultValue = "35963", description = "vpcd port (default ${DEFAULT-VALUE}; 35964 is the second slot)")
    int port;

    @Option(names = "--profile", defaultValue = VirtualCardProfiles.DEFAULT, description = "card profile (default ${DEFAULT-VALUE})")
    String profile;

    @Option(names = "--list-profiles", description = "list the card profiles and exit")
    boolean listProfiles;

    @Option(names = "--write-root", paramLabel = "FILE",
            description = "write the test root certificate (PEM) the kiosk must trust to verify virtual cards, and exit")
    Path writeRoot;

    @Option(names = "--remove-after-apdus", paramLabel = "N", defaultValue = "0",
            description = "pull the card after it answered N APDUs (0: never)")
    int removeAfterApdus;

    @Option(names = "--reinsert-after-ms", paramLabel = "MS", defaultValue = "0",
            description = "after an automatic removal, insert the card again after MS milliseconds")
    long reinsertAfterMs;

    @Option(names = "--run-for-ms", paramLabel = "MS", defaultValue = "0",
            description = "remove the card and exit after MS milliseconds (0: run until stopped)")
    long runForMs;

    @Option(names = "--interactive",
            description = "read commands from standard input: 'r' removes the card, 'i' inserts it again, 'q' quits")
    boolean interactive;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        if (listProfiles) {
            for (VirtualCardProfile p : VirtualCardProfiles.all()) {
                out.printf("%-22s %s%n", p.name(), p.description());
            }
            out.flush();
            return 0;
        }
        if (writeRoot != null) {
            // A set-up step (the kiosk's card.trusted-roots), not a card: scripts wait for it to finish.
            VirtualCardPki.writeRoot(writeRoot);
            out.println("test root written to " + writeRoot);
            out.flush();
            return 0;
        }
        VirtualCardProfile chosen = VirtualCardProfiles.named(profile);
        try (VpcdCardClient client = new VpcdCardClient(host, port, new BelpicCard(chosen))) {
            client.removeAfterApdus(removeAfterApdus);
            client.reinsertAfter(Duration.ofMillis(reinsertAfterMs));
            client.insert();
            out.printf("virtual card '%s' going into vpcd at %s:%d (Ctrl-C to stop)%n", chosen.name(), host, port);
            out.flush();
            if (interactive) {
                followCommands(client, out);
            } else if (runForMs > 0) {
                Thread.sleep(runForMs);
            } else {
                Thread.currentThread().join();
            }
        }
        return 0;
    }

    /** Lets a person at the demo pull and re-insert the card without restarting the process. */
    private static void followCommands(VpcdCardClient client, PrintWriter out) {
        java.util.Scanner in = new java.util.Scanner(System.in, java.nio.charset.StandardCharsets.UTF_8);
        while (in.hasNextLine()) {
            switch (in.nextLine().trim()) {
                case "r", "remove" -> {
                    client.remove();
                    out.println("card removed");
                }
                case "i", "insert" -> {
                    client.insert();
                    out.println("card inserted");
                }
                case "q", "quit" -> {
                    return;
                }
                default -> out.println("commands: r (remove), i (insert), q (quit)");
            }
            out.flush();
        }
    }
}
