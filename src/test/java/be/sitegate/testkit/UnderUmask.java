package be.sitegate.testkit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a {@code main} class of the test class path in a child JVM under a given umask: the umask of
 * a process cannot be changed from Java, and "0600 whatever the umask" is only shown by a process
 * whose umask would have made the file world-readable.
 */
public final class UnderUmask {

    private UnderUmask() {
    }

    /** What the child wrote to standard output and error, after it ended with exit code 0. */
    public static String run(String umask, Class<?> main, String... args) throws IOException, InterruptedException {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of("sh", "-c", "umask " + umask + " && exec \"$@\"", "sh", java,
                "-cp", classpath, main.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove("DISPLAY");
        Process child = builder.start();
        byte[] output = child.getInputStream().readAllBytes();
        if (!child.waitFor(60, TimeUnit.SECONDS)) {
            child.destroyForcibly();
            throw new IllegalStateException(main.getSimpleName() + " did not finish");
        }
        String text = new String(output, StandardCharsets.UTF_8);
        if (child.exitValue() != 0) {
            throw new IllegalStateException(main.getSimpleName() + " ended with " + child.exitValue() + ":\n" + text);
        }
        return text;
    }
}
