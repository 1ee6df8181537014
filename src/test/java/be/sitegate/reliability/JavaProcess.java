package be.sitegate.reliability;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A JVM started as a separate process on this test's classpath, its standard output and error read
 * line by line as they come (each also written to a log file next to it, for a post-mortem) and
 * killable with SIGKILL.
 */
final class JavaProcess implements AutoCloseable {

    /**
     * Start-up flags only (the JIT's first tier, the serial collector, a small heap): two cores are
     * shared with other work, and a kiosk that starts faster is killed more often per minute. None
     * changes what the program does.
     */
    private static final List<String> JVM_FLAGS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx256m");

    private final Process process;
    private final Lines out;
    private final Lines err;

    private JavaProcess(Process process, Path logBase) {
        this.process = process;
        this.out = new Lines(process.getInputStream(), logBase.resolveSibling(logBase.getFileName() + ".out"));
        this.err = new Lines(process.getErrorStream(), logBase.resolveSibling(logBase.getFileName() + ".err"));
    }

    /** Starts {@code mainClass} with {@code args}; its output goes to {@code logBase}.out and .err as well. */
    static JavaProcess start(String classpath, Path logBase, String mainClass, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(JVM_FLAGS);
        command.add("-cp");
        command.add(classpath);
        command.add(mainClass);
        command.addAll(List.of(args));
        try {
            return new JavaProcess(new ProcessBuilder(command).start(), logBase);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + mainClass, e);
        }
    }

    /** The classpath of this JVM's tests (surefire's, else the plain one a main was started with). */
    static String testClasspath() {
        return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    }

    /** The first standard-output line from {@code from} on that matches, waiting at most {@code deadline}. */
    Optional<String> awaitOut(int from, Predicate<String> match, Duration deadline) throws InterruptedException {
        return out.await(from, match, deadline);
    }

    /** The first standard-error line from {@code from} on that matches, waiting at most {@code deadline}. */
    Optional<String> awaitErr(int from, Predicate<String> match, Duration deadline) throws InterruptedException {
        return err.await(from, match, deadline);
    }

    /** All standard-output lines so far; after {@link #kill()} or an exit, all there will ever be. */
    List<String> outLines() {
        return out.snapshot();
    }

    int errLineCount() {
        return err.snapshot().size();
    }

    List<String> errLines() {
        return err.snapshot();
    }

    /** SIGKILL (what {@link Process#destroyForcibly} sends on Linux); returns the moment it was sent. */
    Instant kill() throws InterruptedException {
        Instant at = Instant.now();
        process.destroyForcibly();
        process.waitFor();
        out.drained();
        err.drained();
        return at;
    }

    /** SIGTERM, so shutdown hooks run; SIGKILL if it has not ended within {@code grace}. */
    void stop(Duration grace) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            process.waitFor();
        }
        out.drained();
        err.drained();
    }

    /** The exit code, or empty if it still runs after {@code deadline}. */
    Optional<Integer> awaitExit(Duration deadline) throws InterruptedException {
        if (!process.waitFor(deadline.toMillis(), TimeUnit.MILLISECONDS)) {
            return Optional.empty();
        }
        out.drained();
        err.drained();
        return Optional.of(process.exitValue());
    }

    boolean alive() {
        return process.isAlive();
    }

    long pid() {
        return process.pid();
    }

    /** SIGKILL if it still runs: no child outlives the harness's step that started it. */
    @Override
    public void close() {
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One stream's lines, collected by a daemon thread; waiters are woken at each line and at the end. */
    private static final class Lines {
        private final List<String> lines = new ArrayList<>();
        private final Thread reader;
        private boolean ended;

        Lines(InputStream stream, Path log) {
            reader = new Thread(() -> read(stream, log), "reader-" + log.getFileName());
            reader.setDaemon(true);
            reader.start();
        }

        private void read(InputStream stream, Path log) {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8));
                 PrintWriter file = new PrintWriter(Files.newBufferedWriter(log, StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    file.println(line);
                    file.flush();
                    synchronized (this) {
                        lines.add(line);
                        notifyAll();
                    }
                }
            } catch (IOException e) {
                // The process died mid-line or its pipe closed: what was read is what it said.
            } finally {
                synchronized (this) {
                    ended = true;
                    notifyAll();
                }
            }
        }

        synchronized Optional<String> await(int from, Predicate<String> match, Duration deadline)
                throws InterruptedException {
            long end = System.nanoTime() + deadline.toNanos();
            int next = from;
            while (true) {
                for (; next < lines.size(); next++) {
                    if (match.test(lines.get(next))) {
                        return Optional.of(lines.get(next));
                    }
                }
                long left = end - System.nanoTime();
                if (ended || left <= 0) {
                    return Optional.empty();
                }
                TimeUnit.NANOSECONDS.timedWait(this, left);
            }
        }

        synchronized List<String> snapshot() {
            return List.copyOf(lines);
        }

        /** After the process ended: waits until everything it wrote has been read. */
        void drained() throws InterruptedException {
            reader.join(10_000);
        }
    }
}
