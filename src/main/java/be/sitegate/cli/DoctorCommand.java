package be.sitegate.cli;

import be.sitegate.ops.CheckResult;
import be.sitegate.ops.DoctorReport;
import be.sitegate.ops.KioskChecks;
import be.sitegate.ops.Verdict;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code sitegate doctor}: checks everything a kiosk needs and says what to fix; the thresholds are in
 * docs/OPERATIONS.md. Safe while the kiosk runs: it reads the database on a read-only connection of
 * its own and does not take the kiosk's data folder.
 */
@Command(name = "doctor", mixinStandardHelpOptions = true,
        description = {"Checks the kiosk: Java and JavaFX, the display, the card reader, the configuration, the"
                + " technical user's certificate, the central service and the clock, disk space, the database, the"
                + " badge-link key and the queue. One line per check, with a fix under each problem.",
                "With --backup FILE: checks that backup only."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {
                "0:nothing failed (warnings allowed: they are things to plan, such as a certificate to renew)",
                "1:at least one check failed",
                "2:a mistake on the command line"})
final class DoctorCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Configuration file (default: ~/.config/sitegate/sitegate.properties).")
    Path configFile;

    @Option(names = "--json", description = "Print the report as JSON, for scripts.")
    boolean json;

    @Option(names = "--backup", paramLabel = "FILE", description = "Check this backup file instead of the kiosk.")
    Path backup;

    @Option(names = "--skip", paramLabel = "CHECK", split = ",",
            description = "Leave these checks out of the report, by name (e.g. --skip display when a service"
                    + " without the kiosk's display runs doctor).")
    List<String> skip = List.of();

    @Override
    public Integer call() throws Exception {
        DoctorReport report = backup != null ? KioskChecks.backup(backup)
                : KioskChecks.run(Optional.ofNullable(configFile), System.getenv(), System.console() != null,
                        Clock.systemUTC());
        report = new DoctorReport(report.results().stream().filter(r -> !skip.contains(r.name())).toList());
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(toJson(report));
        } else {
            out.print(readable(report));
        }
        out.flush();
        return report.exitCode();
    }

    /** One line per check ({@code ok}, {@code WARN}, {@code FAIL}), the fix indented under a problem. */
    static String readable(DoctorReport report) {
        StringBuilder text = new StringBuilder();
        int width = report.results().stream().mapToInt(r -> r.name().length()).max().orElse(0);
        for (CheckResult r : report.results()) {
            text.append(String.format("%-4s  %-" + width + "s  %s%n", label(r.verdict()), r.name(), r.detail()));
            r.fix().ifPresent(fix -> text.append(" ".repeat(width + 8)).append("fix: ").append(fix).append('\n'));
        }
        long failed = count(report, Verdict.FAIL);
        long warned = count(report, Verdict.WARN);
        text.append(failed == 0 && warned == 0 ? "all well\n"
                : failed + " failed, " + warned + " warning" + (warned == 1 ? "" : "s") + "\n");
        return text.toString();
    }

    /**
     * {@code {"verdict": "ok|warn|fail", "exitCode": 0|1, "checks": [{"name", "verdict", "detail", "fix"}]}};
     * {@code fix} is null for a check that is ok.
     */
    static String toJson(DoctorReport report) throws Exception {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("verdict", report.verdict().name().toLowerCase(Locale.ROOT));
        root.put("exitCode", report.exitCode());
        List<Map<String, Object>> checks = report.results().stream().map(r -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", r.name());
            m.put("verdict", r.verdict().name().toLowerCase(Locale.ROOT));
            m.put("detail", r.detail());
            m.put("fix", r.fix().orElse(null));
            return m;
        }).toList();
        root.put("checks", checks);
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root);
    }

    private static String label(Verdict v) {
        return switch (v) {
            case OK -> "ok";
            case WARN -> "WARN";
            case FAIL -> "FAIL";
        };
    }

    private static long count(DoctorReport report, Verdict v) {
        return report.results().stream().filter(r -> r.verdict() == v).count();
    }
}
