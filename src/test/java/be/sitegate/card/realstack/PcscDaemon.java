package be.sitegate.card.realstack;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A {@code pcscd -f} child process for real-stack tests and the benchmark, stopped by its own PID
 * (never by name: other people's pcscd on the machine is none of our business).
 */
public final class PcscDaemon implements AutoCloseable {

    public static final Path BINARY = Path.of("/usr/sbin/pcscd");
    private static final Path SOCKET = Path.of("/run/pcscd/pcscd.comm");

    private final Process process;
    private final Thread shutdownHook;

    private PcscDaemon(Process process) {
        this.process = process;
        this.shutdownHook = new Thread(process::destroy, "stop-pcscd");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    public static boolean installed() {
        return Files.isExecutable(BINARY);
    }

    /** True when some pcscd already serves the socket (then we must not start a second one). */
    public static boolean alreadyRunning() {
        if (!Files.exists(SOCKET)) {
            return false;
        }
        try (var channel = java.nio.channels.SocketChannel.open(java.net.UnixDomainSocketAddress.of(SOCKET))) {
            return channel.isConnected();
        } catch (IOException e) {
            return false;
        }
    }

    /** Starts pcscd in the foreground and waits (up to 5 s) until it accepts clients. */
    public static PcscDaemon start(Path log) throws IOException, InterruptedException {
        Files.createDirectories(log.toAbsolutePath().getParent());
        Process p = new ProcessBuilder(BINARY.toString(), "-f")
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .start();
        PcscDaemon daemon = new PcscDaemon(p);
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (System.nanoTime() < end) {
            if (!p.isAlive()) {
                daemon.close();
                throw new IOException("pcscd exited at once with " + p.exitValue() + "; see " + log);
            }
            if (alreadyRunning()) {
                return daemon;
            }
            Thread.sleep(25);
        }
        daemon.close();
        throw new IOException("pcscd did not open its socket within 5 s; see " + log);
    }

    public long pid() {
        return process.pid();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy(); // SIGTERM to our PID only
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(2, TimeUnit.SECONDS);
        }
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            // already shutting down
        }
    }
}
