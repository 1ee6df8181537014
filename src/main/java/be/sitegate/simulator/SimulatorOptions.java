package be.sitegate.simulator;

import java.net.InetAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * How to start a simulator. Build with {@link #builder()}; only the data directory is required.
 *
 * @param bindAddress where to listen; loopback unless said otherwise
 * @param port 0 picks a free port (tests)
 * @param dataDir CA, keys, admin token and the SQLite file; reused across restarts
 * @param seed the reference data; null means {@code seedFile}, or the default seed when that is null too
 * @param clock "now" for registration dates, token and assertion lifetimes, login blocks
 * @param tokenLifetime lifetime of issued access tokens
 * @param randomSeed seeds the fault injector's random generator
 * @param workerThreads threads answering calls (added latency holds one each)
 * @param publicUrl the base URL clients use (e.g. behind a proxy); null means the listening address.
 *        The token endpoint accepts exactly {@code publicUrl + /oauth2/token} as an assertion's
 *        {@code aud}, never a URL made from the request's Host header, which the caller controls
 * @param capabilities the operations offered beyond the real service's published interface
 */
public record SimulatorOptions(InetAddress bindAddress, int port, Path dataDir, Path seedFile, Seed seed, Clock clock,
        Duration tokenLifetime, long randomSeed, int workerThreads, URI publicUrl, Capabilities capabilities) {

    public static final int DEFAULT_PORT = 8443;

    public SimulatorOptions {
        Objects.requireNonNull(bindAddress, "bindAddress");
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(tokenLifetime, "tokenLifetime");
        Objects.requireNonNull(capabilities, "capabilities");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0-65535");
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** {@code $XDG_DATA_HOME/sitegate/simulator}, or {@code ~/.local/share/sitegate/simulator}. */
    public static Path defaultDataDir() {
        String xdg = System.getenv("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg)
                : Path.of(System.getProperty("user.home"), ".local", "share");
        return base.resolve("sitegate").resolve("simulator");
    }

    /** 127.0.0.1 explicitly: the TLS certificate names it, and ::1 would not match. */
    private static InetAddress ipv4Loopback() {
        try {
            return InetAddress.getByAddress("localhost", new byte[] {127, 0, 0, 1});
        } catch (java.net.UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Fluent construction with sensible defaults: loopback, port 8443, system clock, 10-minute tokens, every capability. */
    public static final class Builder {
        private InetAddress bindAddress = ipv4Loopback();
        private int port = DEFAULT_PORT;
        private Path dataDir;
        private Path seedFile;
        private Seed seed;
        private Clock clock = Clock.system(Today.BRUSSELS);
        private Duration tokenLifetime = Duration.ofMinutes(10);
        private long randomSeed = 20260101L;
        private int workerThreads = 8;
        private URI publicUrl;
        private Capabilities capabilities = Capabilities.ALL;

        public Builder bindAddress(InetAddress value) {
            bindAddress = value;
            return this;
        }

        public Builder port(int value) {
            port = value;
            return this;
        }

        public Builder dataDir(Path value) {
            dataDir = value;
            return this;
        }

        public Builder seedFile(Path value) {
            seedFile = value;
            return this;
        }

        public Builder seed(Seed value) {
            seed = value;
            return this;
        }

        public Builder clock(Clock value) {
            clock = value;
            return this;
        }

        public Builder tokenLifetime(Duration value) {
            tokenLifetime = value;
            return this;
        }

        public Builder randomSeed(long value) {
            randomSeed = value;
            return this;
        }

        public Builder workerThreads(int value) {
            workerThreads = value;
            return this;
        }

        public Builder publicUrl(URI value) {
            publicUrl = value;
            return this;
        }

        public Builder capabilities(Capabilities value) {
            capabilities = value;
            return this;
        }

        public SimulatorOptions build() {
            return new SimulatorOptions(bindAddress, port, dataDir == null ? defaultDataDir() : dataDir, seedFile,
                    seed, clock, tokenLifetime, randomSeed, workerThreads, publicUrl, capabilities);
        }
    }
}
