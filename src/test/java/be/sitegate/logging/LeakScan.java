package be.sitegate.logging;

import static org.assertj.core.api.Assertions.assertThat;

import be.sitegate.domain.Inss;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Runs after the whole suite (its own surefire execution, see pom.xml) over everything the run wrote:
 * the surefire reports with every test's captured output, and any {@code *.log} under target/. What
 * it looks for, and what it allows (docs/OPERATIONS.md, "Logs"):
 * <ul>
 *   <li>a private key, a bearer token or a JWT anywhere: no test and no log line has a reason to print one;</li>
 *   <li>in every line our logging wrote (and the stack trace under it): a valid national number (check
 *       digits right, as {@link Inss} validates) not masked, or a password-like {@code key=value}.</li>
 * </ul>
 * A test's own prints (a benchmark's table, a parameterised test's name in the XML report) may name the
 * project's specimen and fixture numbers: those are not log lines and are left alone.
 */
class LeakScan {

    private static final Path TARGET = Path.of("target");
    private static final Pattern LOG_LINE = Pattern.compile(
            "^(\\d{4}-\\d{2}-\\d{2} )?\\d{2}:\\d{2}:\\d{2}\\.\\d{3} (TRACE|DEBUG|INFO|WARN|ERROR)\\s+\\[");
    private static final Pattern CONTINUATION = Pattern.compile(
            "^(\\tat |\\t\\.\\.\\. |Caused by: |Suppressed: |\\s+at |[a-zA-Z_$][\\w.$]*(Exception|Error)(: |$))");
    private static final Pattern NATIONAL_NUMBER = Pattern.compile(
            "(?<![\\d*])\\d{2}[. ]?\\d{2}[. ]?\\d{2}[-. ]?\\d{3}[. ]?\\d{2}(?!\\d)");
    private static final Pattern PASSWORD_VALUE = Pattern.compile(
            "(?i)\\b(password|passwd|client_secret)\\s*[=:]\\s*\"?[^\\s\"*\\[\\]{}<>,;)]{3,}");
    private static final Pattern PRIVATE_KEY = Pattern.compile("-----BEGIN [A-Z ]*PRIVATE KEY-----");
    private static final Pattern BEARER = Pattern.compile("(?i)\\bbearer\\s+[A-Za-z0-9._~+/-]{16,}");
    private static final Pattern JWT = Pattern.compile("\\beyJ[A-Za-z0-9_-]{8,}\\.eyJ[A-Za-z0-9_-]{8,}\\.");

    @Test
    void nothingTheRunWroteHoldsANationalNumberPasswordTokenOrKey() throws IOException {
        List<String> findings = new ArrayList<>();
        for (Path file : filesWrittenByTheRun()) {
            scan(file, findings);
        }
        assertThat(findings).as("leaks in what the test run wrote (each shown masked)").isEmpty();
    }

    @Test
    void theScanFindsWhatItLooksFor() {
        List<String> findings = new ArrayList<>();
        scanLines(Path.of("example"), List.of(
                "07:12:00.000 WARN  [main] k - refused 85073003328",
                "java.lang.IllegalStateException: for 85.07.30-033.28",
                "07:12:00.001 INFO  [main] k - masked **.**.**-***.28, receipt 123456789012, password file /x",
                "07:12:00.002 INFO  [main] k - login password=hunter22",
                "a test's own print of its fixture 85073003328 is allowed",
                "Authorization: Bearer abcdefghijklmnopqrstuvwx",
                "-----BEGIN PRIVATE KEY-----"), findings);
        assertThat(findings).hasSize(5);
        assertThat(String.join("\n", findings)).doesNotContain("85073003328", "hunter22", "abcdefghijklmnopqrstuvwx");
    }

    private static List<Path> filesWrittenByTheRun() throws IOException {
        List<Path> files = new ArrayList<>();
        Path reports = TARGET.resolve("surefire-reports");
        if (Files.isDirectory(reports)) {
            try (Stream<Path> all = Files.walk(reports)) {
                all.filter(Files::isRegularFile).filter(p -> {
                    String n = p.getFileName().toString();
                    return (n.endsWith(".txt") || n.endsWith(".xml")) && !n.contains(LeakScan.class.getName());
                }).forEach(files::add);
            }
        }
        if (Files.isDirectory(TARGET)) {
            try (Stream<Path> all = Files.walk(TARGET)) {
                all.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().endsWith(".log"))
                        .forEach(files::add);
            }
        }
        return files;
    }

    private static void scan(Path file, List<String> findings) throws IOException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (java.nio.charset.MalformedInputException e) {
            lines = List.of(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).split("\n"));
        }
        scanLines(file, lines, findings);
    }

    static void scanLines(Path file, List<String> lines, List<String> findings) {
        boolean inLogEntry = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String where = file + ":" + (i + 1) + ": ";
            if (LOG_LINE.matcher(line).find()) {
                inLogEntry = true;
            } else if (!CONTINUATION.matcher(line).find()) {
                inLogEntry = false;
            }
            if (PRIVATE_KEY.matcher(line).find()) {
                findings.add(where + "a private key");
            }
            if (BEARER.matcher(line).find() || JWT.matcher(line).find()) {
                findings.add(where + "a bearer token or JWT: " + SecretMask.mask(line));
            }
            if (!inLogEntry) {
                continue;
            }
            Matcher number = NATIONAL_NUMBER.matcher(line);
            while (number.find()) {
                String digits = number.group().replaceAll("\\D", "");
                if (Inss.isValid(digits)) {
                    findings.add(where + "an unmasked national number: " + NationalNumberMask.mask(line));
                    break;
                }
            }
            if (PASSWORD_VALUE.matcher(line).find()) {
                findings.add(where + "a password value: " + PASSWORD_VALUE.matcher(line).replaceAll("$1=[removed]"));
            }
        }
    }
}
