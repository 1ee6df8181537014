package be.sitegate.cli;

import be.sitegate.pki.CertificateRequests;
import be.sitegate.pki.Certificates;
import be.sitegate.simulator.DevelopmentCa;
import be.sitegate.simulator.PasswordHasher;
import be.sitegate.simulator.Capabilities;
import be.sitegate.simulator.SimulatorOptions;
import be.sitegate.simulator.SimulatorServer;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code sitegate simulator}: runs the project's simulation environment of the central service
 * until interrupted; subcommands issue technical-user certificates, switch faults and hash seed
 * passwords. See docs/simulator.md.
 */
@Command(
        name = "simulator",
        mixinStandardHelpOptions = true,
        description = "Run the simulation environment of the central presence-registration service (HTTPS).",
        subcommands = {
            SimulatorCommand.IssueCert.class,
            SimulatorCommand.Faults.class,
            SimulatorCommand.HashPassword.class
        })
public final class SimulatorCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--port", description = "TCP port; 0 picks a free one (default ${DEFAULT-VALUE}).",
            defaultValue = "8443")
    int port;

    @Option(names = "--bind", description = "Address to listen on (default ${DEFAULT-VALUE}).",
            defaultValue = "127.0.0.1")
    String bind;

    @Option(names = "--data", description = "Data directory: CA, keys, admin token, database "
            + "(default $XDG_DATA_HOME/sitegate/simulator).")
    Path dataDir;

    @Option(names = "--seed", description = "Seed file (JSON) with the reference data (default: the built-in seed).")
    Path seedFile;

    @Option(names = "--token-lifetime", description = "Access-token lifetime in seconds (default ${DEFAULT-VALUE}).",
            defaultValue = "600")
    long tokenLifetimeSeconds;

    @Option(names = "--public-url", paramLabel = "URL",
            description = "The base URL clients use, when it is not https://<bind>:<port> (e.g. behind a proxy);"
                    + " assertions must name exactly <URL>/oauth2/token as their audience.")
    java.net.URI publicUrl;

    @Option(names = "--without", paramLabel = "CAPABILITIES",
            description = "Behave like the real service's published interface for these operations, comma-separated:"
                    + " employer-lookup (404), search (403, inspection only), reference-replay (a resent"
                    + " clientReference is registered again and flagged as a duplicate); 'all' for all three.")
    String without;

    @Override
    public Integer call() throws Exception {
        Capabilities capabilities;
        try {
            capabilities = Capabilities.without(without);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--without: " + e.getMessage());
        }
        SimulatorServer server = SimulatorServer.start(SimulatorOptions.builder().capabilities(capabilities)
                .bindAddress(InetAddress.getByName(bind)).port(port)
                .dataDir(dataDir != null ? dataDir : SimulatorOptions.defaultDataDir())
                .seedFile(seedFile).tokenLifetime(Duration.ofSeconds(tokenLifetimeSeconds)).publicUrl(publicUrl)
                .build());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "simulator-shutdown"));
        PrintWriter out = spec.commandLine().getOut();
        out.println("SiteGate central-service simulator (simulation environment, never production)");
        out.println("URL:            " + server.baseUrl());
        out.println("Token endpoint: " + server.tokenUrl());
        out.println("CA certificate: " + server.caCertificatePath());
        out.println("Admin token:    " + server.dataDir().resolve("admin-token"));
        out.println("OpenAPI:        " + server.baseUrl() + "/openapi.yaml");
        out.println("Capabilities:   " + capabilities + " (beyond the real service's published interface)");
        out.println("Press Ctrl-C to stop.");
        out.flush();
        stopped.await();
        return 0;
    }

    /** {@code simulator issue-cert}: a technical-user certificate for a PKCS#10 request, offline. */
    @Command(name = "issue-cert", mixinStandardHelpOptions = true,
            description = "Issue a technical-user certificate from a PEM PKCS#10 request with the simulator's CA.")
    static final class IssueCert implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--data", description = "The simulator's data directory (CA created there if missing).")
        Path dataDir;

        @Option(names = "--csr", required = true, description = "PEM PKCS#10 request file.")
        Path csr;

        @Option(names = "--out", required = true, description = "Where to write the PEM chain (certificate, CA).")
        Path out;

        @Override
        public Integer call() throws Exception {
            Path dir = dataDir != null ? dataDir : SimulatorOptions.defaultDataDir();
            DevelopmentCa ca = DevelopmentCa.openOrCreate(dir.toAbsolutePath(), java.time.Clock.systemUTC());
            X509Certificate issued = ca.issueClientCertificate(CertificateRequests.parseAndVerify(Files.readString(csr)));
            Certificates.writePem(out, issued, ca.caCertificate());
            spec.commandLine().getOut().println("Issued " + issued.getSubjectX500Principal().getName()
                    + " valid until " + issued.getNotAfter().toInstant() + ", written to " + out);
            return 0;
        }
    }

    /** {@code simulator faults}: reads or changes the faults of a running simulator. */
    @Command(name = "faults", mixinStandardHelpOptions = true,
            description = "Show or change the faults of a running simulator (through its admin endpoint).")
    static final class Faults implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--data", description = "The running simulator's data directory (admin token, CA).")
        Path dataDir;

        @Option(names = "--url", defaultValue = "https://127.0.0.1:8443",
                description = "The running simulator's base URL (default ${DEFAULT-VALUE}).")
        String url;

        @Option(names = "--off", description = "Switch every fault off.")
        boolean off;

        @Option(names = "--expire-tokens", description = "Expire every access token issued so far.")
        boolean expireTokens;

        @Option(names = "--latency-ms", description = "Added latency per call.")
        Long latencyMs;

        @Option(names = "--server-error-rate", description = "Share of calls answered 500 (0-1).")
        Double serverErrorRate;

        @Option(names = "--drop-rate", description = "Share of calls dropped after commit (0-1).")
        Double dropRate;

        @Option(names = "--malformed-rate", description = "Share of calls answered 200 with invalid JSON (0-1).")
        Double malformedRate;

        @Option(names = "--outage-seconds", description = "Answer 503 to everything for this long.")
        Long outageSeconds;

        @Option(names = "--rate-limit-seconds",
                description = "Answer 429 with Retry-After to every call for this long.")
        Long rateLimitSeconds;

        @Option(names = "--late-answer-ms",
                description = "Hold every /api answer this long after its work was committed.")
        Long lateAnswerMs;

        @Override
        public Integer call() throws Exception {
            Path dir = dataDir != null ? dataDir : SimulatorOptions.defaultDataDir();
            AdminClient admin = new AdminClient(url, dir);
            if (expireTokens) {
                admin.send("POST", "/admin/tokens/expire", null);
            }
            String answer;
            if (off) {
                answer = admin.send("DELETE", "/admin/faults", null);
            } else if (latencyMs != null || serverErrorRate != null || dropRate != null || malformedRate != null
                    || outageSeconds != null || rateLimitSeconds != null || lateAnswerMs != null) {
                Map<String, Object> current = admin.currentFaults();
                put(current, "latencyMs", latencyMs);
                put(current, "serverErrorRate", serverErrorRate);
                put(current, "dropAfterCommitRate", dropRate);
                put(current, "malformedRate", malformedRate);
                put(current, "outageSeconds", outageSeconds);
                put(current, "rateLimitSeconds", rateLimitSeconds);
                put(current, "lateAnswerMs", lateAnswerMs);
                answer = admin.send("PUT", "/admin/faults", AdminClient.JSON.writeValueAsString(current));
            } else {
                answer = admin.send("GET", "/admin/faults", null);
            }
            spec.commandLine().getOut().println(answer);
            return 0;
        }

        private static void put(Map<String, Object> map, String key, Object value) {
            if (value != null) {
                map.put(key, value);
            }
        }
    }

    /** Talks to {@code /admin/**}, trusting only the simulator's CA. */
    static final class AdminClient {
        static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();
        private final String url;
        private final String token;
        private final HttpClient http;

        AdminClient(String url, Path dataDir) throws Exception {
            this.url = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
            this.token = Files.readString(dataDir.resolve("admin-token")).trim();
            java.security.KeyStore trust = java.security.KeyStore.getInstance("PKCS12");
            trust.load(null, null);
            trust.setCertificateEntry("simulator-ca", Certificates.readAll(dataDir.resolve("ca.pem")).get(0));
            javax.net.ssl.TrustManagerFactory tmf = javax.net.ssl.TrustManagerFactory.getInstance(
                    javax.net.ssl.TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(trust);
            javax.net.ssl.SSLContext ssl = javax.net.ssl.SSLContext.getInstance("TLS");
            ssl.init(null, tmf.getTrustManagers(), null);
            this.http = HttpClient.newBuilder().sslContext(ssl).version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5)).build();
        }

        @SuppressWarnings("unchecked")
        Map<String, Object> currentFaults() throws Exception {
            return new LinkedHashMap<>(JSON.readValue(send("GET", "/admin/faults", null), Map.class));
        }

        String send(String method, String path, String body) throws Exception {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url + path)).header("X-Admin-Token", token)
                    .header("Content-Type", "application/json")
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(body)).build();
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() >= 300) {
                throw new IllegalStateException("the simulator answered " + r.statusCode() + ": " + r.body());
            }
            return r.body();
        }
    }

    /** {@code simulator hash-password}: a seed password hash; the password is read from standard input. */
    @Command(name = "hash-password", mixinStandardHelpOptions = true,
            description = "Print a PBKDF2 hash for a seed account; reads the password from standard input.")
    static final class HashPassword implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--iterations", defaultValue = "100000", description = "PBKDF2 iterations (default ${DEFAULT-VALUE}).")
        int iterations;

        @Override
        public Integer call() throws Exception {
            char[] password;
            if (System.console() != null) {
                password = System.console().readPassword("Password: ");
            } else {
                String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
                password = line == null ? new char[0] : line.toCharArray();
            }
            if (password == null || password.length == 0) {
                spec.commandLine().getErr().println("sitegate: no password given");
                return 1;
            }
            spec.commandLine().getOut().println(PasswordHasher.hash(password, iterations));
            java.util.Arrays.fill(password, '\0');
            return 0;
        }
    }
}
