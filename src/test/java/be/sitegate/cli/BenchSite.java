package be.sitegate.cli;

import be.sitegate.app.KioskAssembly;
import be.sitegate.app.ProductionEnvironment;
import be.sitegate.config.ConfigFile;
import be.sitegate.config.KioskConfig;
import be.sitegate.demo.DemoEnvironment;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A kiosk's surroundings for the start-up and memory harnesses, made with the project's own
 * commands as a technician would: a technical user's key store issued by the simulator's CA, the
 * virtual card's root, a {@code sitegate simulator} process on a loopback port, and a production
 * configuration file pointing at them (no {@code --demo}). The kiosk is initialised for today once,
 * through the service layer, so that a started kiosk resumes it and opens on the idle screen.
 */
final class BenchSite implements AutoCloseable {

    static final String CLIENT_ID = "sitegate-bench-kiosk";

    final Path dir;
    final Path config;
    final Path demoData;
    private final Process simulator;

    private BenchSite(Path dir, Path config, Path demoData, Process simulator) {
        this.dir = dir;
        this.config = config;
        this.demoData = demoData;
        this.simulator = simulator;
    }

    static BenchSite create(Path dir) throws Exception {
        deleteTree(dir);
        Path keys = Files.createDirectories(dir.resolve("keys"));
        Path sim = dir.resolve("simulator");
        Path password = keys.resolve("technical-user.password");
        Files.writeString(password, "bench-keystore-password\n");
        Files.setPosixFilePermissions(password, PosixFilePermissions.fromString("rw-------"));
        sitegate(dir, "csr", "--out", keys.toString(), "--client-id", CLIENT_ID, "--password-file", password.toString());
        sitegate(dir, "simulator", "issue-cert", "--data", sim.toString(), "--csr",
                keys.resolve("technical-user.csr.pem").toString(), "--out", keys.resolve("chain.pem").toString());
        sitegate(dir, "csr", "--out", keys.toString(), "--import-cert", keys.resolve("chain.pem").toString(),
                "--password-file", password.toString());
        Path roots = dir.resolve("card-roots.pem");
        sitegate(dir, "virtual-card", "--write-root", roots.toString());
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Process simulator = start(javaCommand(List.of(), "simulator", "--port", String.valueOf(port), "--data",
                sim.toString()), dir.resolve("simulator.log"), "simulator listening on", 60);
        Path config = dir.resolve("sitegate.properties");
        Files.writeString(config, String.join("\n",
                "store.file=" + dir.resolve("data").resolve("kiosk.db"),
                "central.environment=simulation",
                "central.url=https://127.0.0.1:" + port,
                "central.ca-file=" + sim.resolve("ca.pem"),
                "central.client-keystore=" + keys.resolve("technical-user.p12"),
                "central.client-keystore-password-file=" + password,
                "central.client-id=" + CLIENT_ID,
                "card.trusted-roots=" + roots,
                "card.accept-specimen=true",
                "sound.volume=0",
                ""));
        BenchSite site = new BenchSite(dir, config, dir.resolve("demo-data"), simulator);
        site.initialiseProduction();
        site.initialiseDemo();
        return site;
    }

    /** The morning's initialisation, as the site manager does it, stored in the kiosk's database. */
    private void initialiseProduction() {
        KioskConfig kiosk = ConfigFile.load(Optional.of(config), Map.of(), false);
        try (KioskAssembly assembly = KioskAssembly.start(ProductionEnvironment.from(kiosk), Clock.systemUTC())) {
            assembly.initialisation().initialise(DemoEnvironment.SIGN_IN.user(),
                    DemoEnvironment.SIGN_IN.password().toCharArray(), be.sitegate.domain.WorkplaceId.parse(DemoEnvironment.SIGN_IN.workplaces().get(0)));
        }
    }

    /** The same for the demo's own folder ({@code XDG_DATA_HOME=demoData}), which also creates its simulator's CA. */
    private void initialiseDemo() {
        KioskConfig kiosk = ConfigFile.load(Optional.empty(), environment(), true);
        DemoEnvironment demo = DemoEnvironment.start(kiosk, KioskConfig.defaultDataDir(environment()).resolve("demo"),
                Clock.systemUTC());
        try (KioskAssembly assembly = KioskAssembly.start(demo.environment(), Clock.systemUTC())) {
            assembly.initialisation().initialise(DemoEnvironment.SIGN_IN.user(),
                    DemoEnvironment.SIGN_IN.password().toCharArray(), be.sitegate.domain.WorkplaceId.parse(DemoEnvironment.SIGN_IN.workplaces().get(0)));
        } finally {
            demo.simulator().close();
        }
    }

    /** The environment every kiosk process of the harness gets: its own config and data folders. */
    Map<String, String> environment() {
        return Map.of("XDG_DATA_HOME", demoData.toString(), "XDG_CONFIG_HOME", dir.resolve("config").toString());
    }

    /** {@code java OPTIONS -jar target/sitegate.jar ARGS}: the shipped jar and its lib/, as the launcher runs it. */
    static List<String> jarCommand(List<String> jvmOptions, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", Path.of("target", "sitegate.jar").toAbsolutePath().toString()));
        command.addAll(List.of(args));
        return command;
    }

    /** {@code java OPTIONS -cp (this classpath) be.sitegate.cli.Main ARGS}, for the set-up commands. */
    static List<String> javaCommand(List<String> jvmOptions, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        return command;
    }

    private static void sitegate(Path dir, String... args) throws Exception {
        Path log = dir.resolve("setup.log");
        Process p = new ProcessBuilder(javaCommand(List.of(), args)).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IllegalStateException("sitegate " + String.join(" ", args) + " failed; see " + log);
        }
    }

    /** Starts {@code command} and waits until a line of its output contains {@code ready}. */
    private static Process start(List<String> command, Path log, String ready, int seconds) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        CompletableFuture<Void> seen = new CompletableFuture<>();
        Thread pump = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
                    var out = Files.newBufferedWriter(log)) {
                for (String line; (line = in.readLine()) != null; ) {
                    out.write(line);
                    out.newLine();
                    out.flush();
                    if (line.contains(ready)) {
                        seen.complete(null);
                    }
                }
            } catch (IOException e) {
                seen.completeExceptionally(e);
            }
            seen.completeExceptionally(new IllegalStateException("ended before '" + ready + "'; see " + log));
        }, "bench-pump");
        pump.setDaemon(true);
        pump.start();
        try {
            seen.get(seconds, TimeUnit.SECONDS);
        } catch (Exception e) {
            p.destroyForcibly();
            throw e;
        }
        return p;
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        simulator.destroy(); // our child, by its handle
        if (!simulator.waitFor(10, TimeUnit.SECONDS)) {
            simulator.destroyForcibly();
        }
    }
}
