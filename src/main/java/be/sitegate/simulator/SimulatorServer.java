package be.sitegate.simulator;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The simulation environment of the central service: a real HTTPS server with its own CA, its own
 * SQLite file and switchable faults. Start one per test on port 0:
 *
 * <pre>{@code
 * try (SimulatorServer sim = SimulatorServer.start(SimulatorOptions.builder()
 *         .dataDir(tempDir).port(0).clock(fixedClock).build())) {
 *     X509Certificate trustMe = sim.caCertificate();
 *     X509Certificate mine = sim.issueClientCertificate(keyPair.getPublic(), "kiosk-0566988259");
 *     sim.faults().dropAfterCommit(1.0);
 * }
 * }</pre>
 */
public final class SimulatorServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SimulatorServer.class);
    static final String ADMIN_TOKEN_FILE = "admin-token";

    static {
        // The JDK's server writes an answer's headers and body apart and leaves Nagle on by default:
        // each answer then waits for the client's delayed ACK (about 40 ms on Linux), a wait no real
        // service has. Read once, when the JDK's server first starts; an explicit setting is kept.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final HttpsServer server;
    private final ExecutorService executor;
    private final SimulatorDatabase database;
    private final DevelopmentCa ca;
    private final FaultInjector faults;
    private final AccessTokens tokens;
    private final String adminToken;
    private final Path dataDir;
    private final Seed seed;
    private final int port;
    private final SimulatorOptions options;
    private final PresenceEndpoint presences;
    private final ApiRouter router;

    private SimulatorServer(HttpsServer server, ExecutorService executor, SimulatorDatabase database, DevelopmentCa ca,
            FaultInjector faults, AccessTokens tokens, String adminToken, Path dataDir, Seed seed,
            SimulatorOptions options, PresenceEndpoint presences, ApiRouter router) {
        this.presences = presences;
        this.router = router;
        this.server = server;
        this.executor = executor;
        this.database = database;
        this.ca = ca;
        this.faults = faults;
        this.tokens = tokens;
        this.adminToken = adminToken;
        this.dataDir = dataDir;
        this.seed = seed;
        this.port = server.getAddress().getPort();
        this.options = options;
    }

    public static SimulatorServer start(SimulatorOptions options) {
        Path dataDir = options.dataDir().toAbsolutePath();
        Seed seed = options.seed() != null ? SeedLoader.validated(options.seed())
                : options.seedFile() != null ? SeedLoader.load(options.seedFile()) : SeedLoader.loadDefault();
        DevelopmentCa ca = DevelopmentCa.openOrCreate(dataDir, options.clock());
        String adminToken = adminToken(dataDir);
        SimulatorDatabase database = SimulatorDatabase.open(dataDir);
        HttpsServer server;
        try {
            server = HttpsServer.create(new InetSocketAddress(options.bindAddress(), options.port()), 64);
        } catch (IOException e) {
            database.close();
            throw new UncheckedIOException("cannot listen on " + options.bindAddress().getHostAddress() + ":"
                    + options.port(), e);
        }
        server.setHttpsConfigurator(new ModernTls(ca.serverSslContext()));
        int port = server.getAddress().getPort();

        FaultInjector faults = new FaultInjector(options.randomSeed());
        AccessTokens tokens = new AccessTokens(options.clock(), options.tokenLifetime());
        ClientAssertionVerifier verifier = new ClientAssertionVerifier(ca, options.clock(), seed.defaultSender());
        PresenceEndpoint presences = new PresenceEndpoint(database, seed, options.clock(),
                options.capabilities().referenceReplay());
        ApiRouter router = new ApiRouter(faults, tokens, new TokenEndpoint(verifier, tokens,
                        publicBase(options, server.getAddress().getAddress(), port) + TokenEndpoint.PATH),
                new InitialisationEndpoint(seed, new LoginThrottle(seed.login(), options.clock())),
                new EmployerLookupEndpoint(seed, options.clock()),
                presences,
                new CancellationEndpoint(database, seed, options.clock()),
                new AdminEndpoint(adminToken, faults, tokens, ca), openApiDocument(), options.capabilities());
        server.createContext("/", router);
        ExecutorService executor = Executors.newFixedThreadPool(options.workerThreads(), daemonThreads());
        server.setExecutor(executor);
        server.start();
        SimulatorServer simulator = new SimulatorServer(server, executor, database, ca, faults, tokens, adminToken,
                dataDir, seed, options, presences, router);
        LOG.info("simulator listening on {} (data in {})", simulator.baseUrl(), dataDir);
        return simulator;
    }

    /** TLS 1.2 and 1.3 only. */
    private static final class ModernTls extends HttpsConfigurator {
        ModernTls(SSLContext context) {
            super(context);
        }

        @Override
        public void configure(HttpsParameters params) {
            SSLParameters p = getSSLContext().getDefaultSSLParameters();
            p.setProtocols(new String[] {"TLSv1.3", "TLSv1.2"});
            params.setSSLParameters(p);
        }
    }

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "simulator-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    private static String adminToken(Path dataDir) {
        Path file = dataDir.resolve(ADMIN_TOKEN_FILE);
        try {
            if (!Files.exists(file)) {
                byte[] bytes = new byte[24];
                new SecureRandom().nextBytes(bytes);
                SecretFiles.writeOwnerOnly(file, Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
            }
            return Files.readString(file).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] openApiDocument() {
        try (InputStream in = SimulatorServer.class.getResourceAsStream("openapi.yaml")) {
            if (in == null) {
                throw new IllegalStateException("openapi.yaml resource missing");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return port;
    }

    /**
     * The base URL clients use: the configured public URL, else {@code https://127.0.0.1:PORT} (the
     * certificate also names {@code localhost}).
     */
    public String baseUrl() {
        return publicBase(options, server.getAddress().getAddress(), port);
    }

    /** The URL to put in a client assertion's {@code aud}: the only one the token endpoint accepts. */
    public String tokenUrl() {
        return baseUrl() + TokenEndpoint.PATH;
    }

    private static String publicBase(SimulatorOptions options, InetAddress address, int port) {
        if (options.publicUrl() != null) {
            String url = options.publicUrl().toString();
            return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        }
        String host = address.isAnyLocalAddress() ? "127.0.0.1" : address.getHostAddress();
        if (host.contains(":")) {
            host = "[" + host + "]";
        }
        return "https://" + host + ":" + port;
    }

    /** The only certificate a client should trust for this simulator. */
    public X509Certificate caCertificate() {
        return ca.caCertificate();
    }

    public Path caCertificatePath() {
        return ca.caCertificatePath();
    }

    public Path dataDir() {
        return dataDir;
    }

    public String adminToken() {
        return adminToken;
    }

    public Seed seed() {
        return seed;
    }

    /** A technical-user certificate for a PKCS#10 request, as {@code POST /admin/certificates} issues. */
    public X509Certificate issueClientCertificate(PKCS10CertificationRequest request) {
        return ca.issueClientCertificate(request);
    }

    /** A technical-user certificate for {@code CN=commonName}; put the sender's enterprise number in the CN. */
    public X509Certificate issueClientCertificate(PublicKey key, String commonName) {
        return ca.issueClientCertificate(key, commonName);
    }

    /**
     * Whether {@code certificate} would be taken as a technical user now: this CA signed it, it is
     * valid, and it is in the register (a deleted line revokes it).
     */
    public boolean knowsTechnicalUser(X509Certificate certificate) {
        return ca.knows(certificate);
    }

    public FaultInjector faults() {
        return faults;
    }

    /** The "expired tokens" fault: every access token issued so far is refused from now on. */
    public void expireAllTokens() {
        tokens.expireAll();
    }

    /** The registration calls answered since start and the time spent inside the endpoint. */
    public CallStats registerCallStats() {
        return presences.registerStats();
    }

    /** Every call received on the token endpoint and {@code /api/**} since start, faults or not. */
    public SeenCalls seenCalls() {
        return router.seenCalls();
    }

    /** Number of stored registrations with this sender and client reference (0 or 1). */
    public int registrationCount(String sender, String clientReference) {
        return database.countByReference(sender, clientReference);
    }

    /**
     * The remarks of each standing (not cancelled) registration of this person on this workplace and
     * day, whoever sent it, oldest first: what an inspector would find. Exactly one without
     * {@code SAME DECLARATION HAS ALREADY BEEN REGISTERED} means the presence counts once.
     */
    public List<List<String>> remarksOfPerson(String workplaceId, java.time.LocalDate date, String inss) {
        return database.remarksOfPerson(workplaceId, date, inss);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        database.close();
        LOG.info("simulator on port {} stopped", port());
    }
}
