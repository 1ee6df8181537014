package be.sitegate.cli;

import be.sitegate.bench.Latencies;
import be.sitegate.bench.MachineLoad;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * B4: from the {@code sitegate kiosk} command to its idle screen painted, as separate processes under
 * the X server of {@code DISPLAY} (Xvfb here: JavaFX draws with GTK there), N runs each of:
 * the production configuration against a {@code sitegate simulator} process ({@link BenchSite}),
 * and {@code --demo}. Each kiosk runs {@code java OPTIONS -jar target/sitegate.jar} with the JVM
 * options of the installed launcher (build-deb's {@code --java-options} and the unit's
 * {@code JAVA_TOOL_OPTIONS}, read from those files), so what is measured is what ships. The end
 * mark is the kiosk's own log line "first screen painted: IDLE" ({@code KioskApp}), written right
 * after the first pulse that laid out and handed the screen to the renderer. Not a test.
 *
 * <pre>
 * xvfb-run -a -s "-screen 0 1280x800x24" .ci/bench start 10 [production,demo] ["JVM OPTIONS"]
 * </pre>
 */
public final class StartBenchmark {

    /** Log lines whose arrival splits the start into phases (first match of each, in this order). */
    private static final Map<String, String> MARKS = new LinkedHashMap<>();

    static {
        MARKS.put("simulator listening (demo only)", "simulator listening on");
        MARKS.put("store opened", "store opened:");
        MARKS.put("kiosk assembled (store, key store, TLS, card monitor)", "kiosk started:");
        MARKS.put("first screen painted", "first screen painted: ");
    }

    /** Not a wall-clock mark: the kiosk's own CPU time (user + system) until it painted, less sensitive to load. */
    private static final String CPU = "CPU time of the kiosk process until painted (all its threads)";

    private StartBenchmark() {
    }

    /** utime + stime of {@code pid} from /proc, in nanoseconds (clock ticks of 10 ms). */
    private static long cpuNanos(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10_000_000L;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        List<String> modes = args.length > 1 ? List.of(args[1].split(",")) : List.of("production", "demo");
        if (System.getenv("DISPLAY") == null) {
            throw new IllegalStateException("no DISPLAY: run under xvfb-run -a -s \"-screen 0 1280x800x24\"");
        }
        // A third argument replaces the launcher's options, to compare others in the same hour.
        List<String> options = args.length > 2 ? List.of(args[2].trim().split("\\s+")) : launcherOptions();
        System.out.println("machine: " + MachineLoad.describe());
        System.out.println("JVM options (launcher + unit): " + String.join(" ", options));
        try (BenchSite site = BenchSite.create(Path.of("target", "start-bench").toAbsolutePath())) {
            for (String mode : modes) {
                boolean demo = mode.equals("demo");
                List<String> command = demo
                        ? BenchSite.jarCommand(options, "kiosk", "--demo")
                        : BenchSite.jarCommand(options, "kiosk", "--config", site.config.toString(), "--show-config-errors");
                Map<String, Latencies> phases = new LinkedHashMap<>();
                MARKS.keySet().forEach(k -> phases.put(k, new Latencies(k)));
                phases.put(CPU, new Latencies(CPU));
                run(command, site, Path.of("target", "start-bench", mode + "-warmup.log")); // page cache, CDS file
                for (int i = 0; i < runs; i++) {
                    Map<String, Long> at = run(command, site, Path.of("target", "start-bench", mode + "-" + i + ".log"));
                    at.forEach((k, v) -> phases.get(k).add(v));
                }
                System.out.println();
                System.out.println("### " + mode + " (" + String.join(" ", command.subList(command.size()
                        - (demo ? 2 : 4), command.size())) + "), command start to each mark");
                System.out.println("machine after: " + MachineLoad.describe());
                System.out.println(Latencies.header());
                phases.values().stream().filter(l -> l.count() > 0).forEach(l -> System.out.println(l.row()));
            }
        }
    }

    /** One kiosk process: nanoseconds from its start to each mark; stopped (SIGTERM) once painted. */
    private static Map<String, Long> run(List<String> command, BenchSite site, Path log) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(site.environment());
        builder.environment().remove("JAVA_TOOL_OPTIONS"); // the options are on the command line already
        Map<String, Long> at = new LinkedHashMap<>();
        CompletableFuture<String> painted = new CompletableFuture<>();
        long t0 = System.nanoTime();
        Process p = builder.start();
        Thread pump = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
                    var out = Files.newBufferedWriter(log)) {
                for (String line; (line = in.readLine()) != null; ) {
                    long now = System.nanoTime() - t0;
                    out.write(line);
                    out.newLine();
                    for (Map.Entry<String, String> mark : MARKS.entrySet()) {
                        synchronized (at) {
                            if (!at.containsKey(mark.getKey()) && line.contains(mark.getValue())
                                    && !line.startsWith("Picked up")) {
                                at.put(mark.getKey(), now);
                            }
                        }
                    }
                    int i = line.indexOf(MARKS.get("first screen painted"));
                    if (i >= 0) {
                        synchronized (at) {
                            at.put(CPU, cpuNanos(p.pid()));
                        }
                        painted.complete(line.substring(i));
                    }
                }
            } catch (IOException e) {
                painted.completeExceptionally(e);
            }
            painted.completeExceptionally(new IllegalStateException("the kiosk ended before painting; see " + log));
        }, "kiosk-output");
        pump.setDaemon(true);
        pump.start();
        try {
            String line = painted.get(120, TimeUnit.SECONDS);
            if (!line.startsWith("first screen painted: IDLE")) {
                throw new IllegalStateException("the kiosk did not open on the idle screen: " + line + "; see " + log);
            }
        } finally {
            p.destroy(); // SIGTERM to our child only
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                p.waitFor(10, TimeUnit.SECONDS);
            }
            pump.join(5_000);
        }
        synchronized (at) {
            return new LinkedHashMap<>(at);
        }
    }

    /** build-deb's {@code --java-options "..."} and the unit's {@code JAVA_TOOL_OPTIONS}: the installed kiosk's JVM. */
    static List<String> launcherOptions() throws IOException {
        List<String> options = new ArrayList<>();
        Matcher jpackage = Pattern.compile("--java-options \"([^\"]*)\"")
                .matcher(Files.readString(Path.of("installer", "build-deb")));
        while (jpackage.find()) {
            options.addAll(List.of(jpackage.group(1).replace("$APPDIR", "target").trim().split("\\s+")));
        }
        Matcher unit = Pattern.compile("Environment=\"JAVA_TOOL_OPTIONS=([^\"]*)\"")
                .matcher(Files.readString(Path.of("installer", "sitegate-kiosk.service")));
        if (unit.find()) {
            options.addAll(List.of(unit.group(1).trim().split("\\s+")));
        }
        return options;
    }
}
