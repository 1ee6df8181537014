package be.sitegate.cli;

import be.sitegate.app.KioskAssembly;
import be.sitegate.app.ProductionEnvironment;
import be.sitegate.bench.MachineLoad;
import be.sitegate.config.ConfigFile;
import be.sitegate.config.KioskConfig;
import be.sitegate.domain.IdentificationMethod;
import be.sitegate.kiosk.RegistrationStep;
import be.sitegate.kiosk.Worker;
import be.sitegate.testkit.Fixtures;
import be.sitegate.ui.AdminTools;
import be.sitegate.ui.KioskLauncher;
import be.sitegate.ui.KioskServices;
import be.sitegate.ui.KioskSettings;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;

/**
 * B4, memory: a kiosk process as the unit runs it (production configuration against a
 * {@code sitegate simulator} process, its screens on the X server of {@code DISPLAY}, the forwarder
 * sending everything to the simulator) registers 10,000 then 20,000 workers through the service
 * layer (identify, then the employer chosen, as the screen does), and reports its resident memory
 * (VmRSS from /proc/self/status) after a full GC at each step. One child JVM per option set, so
 * the options are compared in the same run. Not a test.
 *
 * <pre>
 * xvfb-run -a -s "-screen 0 1280x800x24" .ci/bench memory ["OPTIONS" ...]
 * </pre>
 */
public final class MemoryBenchmark {

    private static final int[] STEPS = {10_000, 20_000};

    private MemoryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<String> optionSets = new ArrayList<>(List.of(args));
        if (optionSets.isEmpty()) {
            optionSets.add(String.join(" ", StartBenchmark.launcherOptions()));
        }
        System.out.println("machine: " + MachineLoad.describe());
        try (BenchSite site = BenchSite.create(Path.of("target", "memory-bench").toAbsolutePath())) {
            for (String options : optionSets) {
                BenchSite.deleteTree(site.dir.resolve("data").resolve("kiosk.db")); // a fresh day for each set
                List<String> command = new ArrayList<>();
                command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
                command.addAll(List.of(options.trim().split("\\s+")));
                command.addAll(List.of("-cp", System.getProperty("java.class.path"), Kiosk.class.getName(),
                        site.config.toString()));
                ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
                builder.environment().putAll(site.environment());
                Process p = builder.start();
                Path log = site.dir.resolve("kiosk-" + Integer.toHexString(options.hashCode()) + ".log");
                System.out.println();
                System.out.println("options: " + options);
                try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(),
                        StandardCharsets.UTF_8)); var out = Files.newBufferedWriter(log)) {
                    for (String line; (line = in.readLine()) != null; ) {
                        out.write(line);
                        out.newLine();
                        if (line.startsWith("| ")) {
                            System.out.println(line);
                        }
                    }
                } finally {
                    if (!p.waitFor(60, TimeUnit.SECONDS)) {
                        p.destroyForcibly();
                    }
                }
                System.out.println("exit " + p.exitValue() + ", log " + log);
            }
        }
        System.out.println("machine after: " + MachineLoad.describe());
    }

    /** The kiosk process: assembled as {@code sitegate kiosk} assembles it, its screens up, then driven. */
    public static final class Kiosk {

        private Kiosk() {
        }

        public static void main(String[] args) throws Exception {
            KioskConfig config = ConfigFile.load(Optional.of(Path.of(args[0])), Map.of(), false);
            Clock clock = Clock.systemUTC();
            try (KioskAssembly kiosk = KioskAssembly.start(ProductionEnvironment.from(config), clock)) {
                KioskSettings settings = KioskSettings.defaults().withReturnDelay(config.confirmationShownFor())
                        .withDefaultLocale(Locale.forLanguageTag(config.language())).withLanguages(config.languages())
                        .withWindowed(false).withCertificateExpiry(kiosk.certificateExpiry());
                KioskServices services = new KioskServices(kiosk.session(), kiosk.initialisation(),
                        kiosk.registration(), kiosk.cardEvents(), kiosk.deliveries(), kiosk.syncStatus(),
                        kiosk.storageHealth(), Optional.of(kiosk.attendanceLog()), settings, kiosk.sounds())
                        .withPin(kiosk.pinGate())
                        .withAdmin(new AdminTools(kiosk.deliveryControl()::sendNow, Platform::exit,
                                Optional.of(kiosk.reports()), kiosk.config().exportFolder())
                                .withErrors(kiosk.errorHistory()).withEvacuationList(kiosk.evacuationList()))
                        .withCorrections(kiosk.corrections());
                Runnable shown = () -> {
                    Thread driver = new Thread(() -> drive(kiosk), "memory-driver");
                    driver.setDaemon(true);
                    driver.start();
                };
                KioskLauncher.launch(services, List.of(), shown);
            }
            System.exit(0);
        }

        private static void drive(KioskAssembly kiosk) {
            try {
                System.out.println("| step | VmRSS MB | VmHWM MB | heap used MB | heap committed MB | threads |");
                System.out.println("| --- | ---: | ---: | ---: | ---: | ---: |");
                report("first screen painted, before any registration");
                if (kiosk.session().current().isEmpty()) { // each option set starts on a fresh database
                    kiosk.initialisation().initialise(be.sitegate.demo.DemoEnvironment.SIGN_IN.user(),
                            be.sitegate.demo.DemoEnvironment.SIGN_IN.password().toCharArray(),
                            be.sitegate.domain.WorkplaceId.parse(be.sitegate.demo.DemoEnvironment.SIGN_IN.workplaces().get(0)));
                }
                int done = 0;
                for (int step : STEPS) {
                    long t = System.nanoTime();
                    for (; done < step; done++) {
                        register(kiosk, done);
                    }
                    report(String.format(Locale.ROOT, "after %,d registrations (%.0f /s)", step,
                            (step - (step == STEPS[0] ? 0 : STEPS[0])) / ((System.nanoTime() - t) / 1e9)));
                }
            } catch (Exception e) {
                e.printStackTrace();
            } finally {
                Platform.exit();
            }
        }

        private static void register(KioskAssembly kiosk, int i) {
            RegistrationStep step = kiosk.registration().identify(new Worker(Fixtures.worker(i),
                    IdentificationMethod.EID_CARD, Optional.of("Worker " + i)));
            if (step instanceof RegistrationStep.ChooseEmployer choose) {
                step = kiosk.registration().chooseEmployer(choose, choose.companies().get(i % choose.companies().size()));
            }
            if (!(step instanceof RegistrationStep.Registered)) {
                throw new IllegalStateException("registration " + i + ": " + step);
            }
        }

        private static void report(String what) throws Exception {
            for (int i = 0; i < 3; i++) {
                System.gc();
                Thread.sleep(300);
            }
            Runtime rt = Runtime.getRuntime();
            System.out.printf(Locale.ROOT, "| %s | %.0f | %.0f | %.0f | %.0f | %d |%n", what, status("VmRSS"),
                    status("VmHWM"), (rt.totalMemory() - rt.freeMemory()) / 1048576.0, rt.totalMemory() / 1048576.0,
                    Thread.activeCount());
        }

        /** A line of /proc/self/status, in MB. */
        private static double status(String key) throws Exception {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith(key + ":")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
                }
            }
            return -1;
        }
    }
}
