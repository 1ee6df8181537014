package be.sitegate.app;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The kiosk's default printer through CUPS's {@code lp} command. The kiosk runs JavaFX without AWT,
 * so {@code java.awt.print} is not there; {@code lp} takes a PDF as it is and queues it for the
 * default destination. A kiosk without CUPS has no {@code lp} on its path, and one without a
 * default printer has an {@code lp} that refuses: both are "no printer", said plainly, never a hang.
 */
final class LinePrinter {

    private static final Logger LOG = LoggerFactory.getLogger(LinePrinter.class);
    /** lp only queues the file; longer than this is a stuck CUPS, not a printer at work. */
    private static final long WAIT_SECONDS = 30;

    private final String command;
    private final Map<String, String> environment;

    /** @param command {@code lp}, found on the {@code PATH}, or an absolute path to a program that takes lp's arguments */
    LinePrinter(String command, Map<String, String> environment) {
        this.command = Objects.requireNonNull(command, "command");
        this.environment = Map.copyOf(environment);
    }

    static LinePrinter cups() {
        return new LinePrinter("lp", System.getenv());
    }

    /** The program itself, if this kiosk has it. */
    Optional<Path> program() {
        Path given = Path.of(command);
        if (given.isAbsolute()) {
            return Files.isExecutable(given) ? Optional.of(given) : Optional.empty();
        }
        String path = environment.getOrDefault("PATH", "");
        for (String folder : path.split(File.pathSeparator)) {
            if (!folder.isEmpty()) {
                Path candidate = Path.of(folder, command);
                if (Files.isExecutable(candidate) && !Files.isDirectory(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Queues {@code file} on the default printer; empty once it is queued, else why not (for the log
     * and for the words "no printer"). Blocks until lp answers: not for the screen's thread.
     */
    Optional<String> print(Path file, String title) {
        Optional<Path> program = program();
        if (program.isEmpty()) {
            return Optional.of("no '" + command + "' on this kiosk (CUPS is not installed)");
        }
        List<String> call = new ArrayList<>(List.of(program.get().toString(), "-t", title, "--", file.toString()));
        try {
            Process lp = new ProcessBuilder(call).redirectErrorStream(true).start();
            lp.getOutputStream().close();
            if (!lp.waitFor(WAIT_SECONDS, TimeUnit.SECONDS)) {
                lp.destroyForcibly();
                return Optional.of(command + " did not answer in " + WAIT_SECONDS + " s");
            }
            String said = new String(lp.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (lp.exitValue() != 0) {
                return Optional.of(command + " refused (exit " + lp.exitValue() + "): " + said);
            }
            LOG.info("evacuation list queued: {}", said);
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of("cannot run " + command + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("interrupted while " + command + " ran");
        }
    }
}
