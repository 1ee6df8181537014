package be.sitegate.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a system command for a test that needs the real thing (mount, chattr). */
public final class Commands {

    private Commands() {
    }

    /** Runs {@code command}; null when it succeeded, else the command and what it said. */
    public static String run(String... command) {
        String line = String.join(" ", command);
        try {
            Process p = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
            if (!p.waitFor(20, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return line + ": did not finish";
            }
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return p.exitValue() == 0 ? null : line + ": " + output;
        } catch (IOException e) {
            return line + ": " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return line + ": interrupted";
        }
    }
}
