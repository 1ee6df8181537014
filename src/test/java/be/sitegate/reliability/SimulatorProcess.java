package be.sitegate.reliability;

import be.sitegate.cli.SiteGateCommand;
import be.sitegate.pki.Certificates;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import picocli.CommandLine;

/**
 * The central service's simulator as its own process ({@code sitegate simulator --data DIR --port 0}),
 * the way a site's kiosk meets the real service: across a process boundary, surviving the kiosk's
 * crashes. Its faults are switched with the {@code simulator faults} command, the kiosk's certificate
 * comes from its admin endpoint, and its log tells when an answer is held back after its commit.
 */
final class SimulatorProcess implements AutoCloseable {

    /** The simulator's log line for a committed call whose answer it holds back ({@code ApiRouter}). */
    static final String HELD_REGISTRATION = "holding the answer of POST /api/v1/presences";
    private static final Duration START_DEADLINE = Duration.ofSeconds(90);

    private final JavaProcess process;
    private final Path dataDir;
    private final URI baseUrl;

    private SimulatorProcess(JavaProcess process, Path dataDir, URI baseUrl) {
        this.process = process;
        this.dataDir = dataDir;
        this.baseUrl = baseUrl;
    }

    /** @param replay false: {@code --without reference-replay}, a resent reference is registered again and flagged */
    static SimulatorProcess start(String classpath, Path dataDir, Path logBase, boolean replay)
            throws InterruptedException {
        List<String> args = new ArrayList<>(List.of("simulator", "--data", dataDir.toString(), "--port", "0"));
        if (!replay) {
            args.addAll(List.of("--without", "reference-replay"));
        }
        JavaProcess process = JavaProcess.start(classpath, logBase, "be.sitegate.cli.Main",
                args.toArray(String[]::new));
        Optional<String> url = process.awaitOut(0, line -> line.startsWith("URL:"), START_DEADLINE);
        if (url.isEmpty()) {
            process.close();
            throw new IllegalStateException("the simulator process did not start within " + START_DEADLINE
                    + "; its standard error:\n" + String.join("\n", process.errLines()));
        }
        return new SimulatorProcess(process, dataDir, URI.create(url.get().substring("URL:".length()).strip()));
    }

    URI baseUrl() {
        return baseUrl;
    }

    Path dataDir() {
        return dataDir;
    }

    /** {@code sitegate simulator faults --data DIR --url URL OPTIONS...}, as an operator types it. */
    String faults(String... options) {
        List<String> args = new ArrayList<>(List.of("simulator", "faults", "--data", dataDir.toString(), "--url",
                baseUrl.toString()));
        args.addAll(List.of(options));
        return run(args);
    }

    /**
     * The technical user's certificate from its request, issued by the running simulator
     * ({@code POST /admin/certificates}, simulator.md): its CA's key is open already, where
     * {@code simulator issue-cert} would open the key store again in this JVM, seconds on a busy machine.
     */
    void issueCertificate(Path csr, Path chain) throws InterruptedException {
        try {
            X509Certificate ca = Certificates.readAll(dataDir.resolve("ca.pem")).get(0);
            HttpClient http = HttpClient.newBuilder().sslContext(trustingOnly(ca))
                    .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
            HttpRequest request = HttpRequest.newBuilder(baseUrl.resolve("/admin/certificates"))
                    .header("X-Admin-Token", Files.readString(dataDir.resolve("admin-token")).strip())
                    .timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.ofString(Files.readString(csr)))
                    .build();
            HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("the simulator issued no certificate: " + answer.statusCode() + " "
                        + answer.body());
            }
            Files.writeString(chain, answer.body());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot ask the simulator for a certificate", e);
        }
    }

    private static SSLContext trustingOnly(X509Certificate ca) {
        try {
            KeyStore trust = KeyStore.getInstance("PKCS12");
            trust.load(null, null);
            trust.setCertificateEntry("simulator-ca", ca);
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(trust);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, tmf.getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot trust the simulator's CA", e);
        }
    }

    /** How many log lines there are so far: the place to wait for the next held answer from. */
    int logPosition() {
        return process.errLineCount();
    }

    /** Waits for a registration call committed and held back after log line {@code from}. */
    boolean awaitHeldRegistration(int from, Duration deadline) throws InterruptedException {
        return process.awaitErr(from, line -> line.contains(HELD_REGISTRATION), deadline).isPresent();
    }

    /**
     * When the simulator began to hold back each registration answer, from its log lines' times
     * ({@code HH:mm:ss.SSS} on this machine's clock and zone, logback.xml): the hold lasts
     * {@code replyDelayMs} from there, and the answer is written after it.
     */
    List<Instant> heldRegistrationAnswers() {
        LocalDate today = LocalDate.now(ZoneId.systemDefault());
        return process.errLines().stream().filter(line -> line.contains(HELD_REGISTRATION))
                .map(line -> LocalTime.parse(line.substring(0, 12)).atDate(today).atZone(ZoneId.systemDefault())
                        .toInstant())
                .toList();
    }

    /** SIGTERM: the simulator closes its database in its shutdown hook. */
    @Override
    public void close() {
        try {
            process.stop(Duration.ofSeconds(20));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.close();
        }
    }

    static String run(List<String> args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine command = SiteGateCommand.commandLine();
        command.setOut(new PrintWriter(out, true));
        command.setErr(new PrintWriter(err, true));
        int code = command.execute(args.toArray(String[]::new));
        if (code != 0) {
            throw new IllegalStateException("sitegate " + String.join(" ", args) + " exited " + code + ": " + err + out);
        }
        return out.toString();
    }
}
