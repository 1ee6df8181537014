package be.sitegate.ops;

import be.sitegate.config.KioskConfig;
import be.sitegate.logging.FileLog;
import be.sitegate.logging.SecretMask;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * What support needs in one text: the kiosk's own log files from a moment on, then the journal of
 * the kiosk's unit when this computer has one ({@code journalctl -u sitegate-kiosk}). Every line is
 * masked again on the way out (national numbers, tokens, keys), so also lines written before a
 * masking rule existed, and the journal's lines of other programs about the kiosk, are safe to send.
 */
public final class SupportLogs {

    public static final String UNIT = "sitegate-kiosk";
    private static final DateTimeFormatter LINE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");
    private static final DateTimeFormatter JOURNAL_SINCE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final Path folder;
    private final Optional<Path> journalctl;

    public SupportLogs(Path folder, Optional<Path> journalctl) {
        this.folder = folder;
        this.journalctl = journalctl;
    }

    /** The kiosk's log folder: {@code logs} beside its database. */
    public static Path folderOf(KioskConfig config) {
        return config.storeFile().toAbsolutePath().getParent().resolve("logs");
    }

    /** {@code journalctl} on the usual paths, if this system has it. */
    public static Optional<Path> findJournalctl() {
        return Stream.of("/usr/bin/journalctl", "/bin/journalctl").map(Path::of).filter(Files::isExecutable)
                .findFirst();
    }

    /** Writes the bundle of everything from {@code since} on; returns how many lines it holds. */
    public int write(LocalDateTime since, Writer out) throws IOException {
        int lines = 0;
        out.write("# SiteGate support bundle: log lines since " + since + " (masked)\n");
        out.write("# files: " + folder + "\n");
        for (Path file : logFiles()) {
            lines += copyFile(file, since, out);
        }
        if (journalctl.isPresent()) {
            out.write("# journal: journalctl -u " + UNIT + " --since '" + JOURNAL_SINCE.format(since) + "'\n");
            lines += copyJournal(journalctl.get(), since, out);
        } else {
            out.write("# journal: no journalctl on this computer\n");
        }
        out.flush();
        return lines;
    }

    /** Oldest first: the archives by name (their date and index), then the active file. */
    private List<Path> logFiles() throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Path> files = new ArrayList<>();
        try (Stream<Path> all = Files.list(folder)) {
            all.filter(p -> p.getFileName().toString().matches("sitegate\\..*\\.log") && Files.isRegularFile(p))
                    .sorted(Comparator.comparing(SupportLogs::archiveOrder)).forEach(files::add);
        }
        Path active = folder.resolve(FileLog.ACTIVE);
        if (Files.isRegularFile(active)) {
            files.add(active);
        }
        return files;
    }

    /** {@code sitegate.2026-11-23.10.log} after {@code .9.}: the date, then the index as a number. */
    private static String archiveOrder(Path p) {
        String[] parts = p.getFileName().toString().split("\\.");
        String index = parts.length >= 4 ? String.format("%06d", parseOr(parts[2])) : "";
        return (parts.length >= 2 ? parts[1] : "") + "." + index;
    }

    private static int parseOr(String digits) {
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static int copyFile(Path file, LocalDateTime since, Writer out) throws IOException {
        int n = 0;
        boolean keep = false;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                Optional<LocalDateTime> at = timeOf(line);
                if (at.isPresent()) {
                    keep = !at.get().isBefore(since);
                }
                // A line without a time (a stack trace's) goes with the line it continues.
                if (keep) {
                    out.write(SecretMask.maskAll(line));
                    out.write('\n');
                    n++;
                }
            }
        }
        return n;
    }

    static Optional<LocalDateTime> timeOf(String line) {
        if (line.length() < 23 || !Character.isDigit(line.charAt(0))) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDateTime.parse(line.substring(0, 23), LINE_TIME));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static int copyJournal(Path journalctl, LocalDateTime since, Writer out) throws IOException {
        Process p = new ProcessBuilder(journalctl.toString(), "-u", UNIT, "--since", JOURNAL_SINCE.format(since),
                "--no-pager", "-o", "short-iso").redirectErrorStream(true).start();
        p.getOutputStream().close();
        int n = 0;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                out.write(SecretMask.maskAll(line));
                out.write('\n');
                n++;
            }
        }
        try {
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                out.write("# journalctl did not finish in 30 s\n");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroyForcibly();
        }
        return n;
    }

    /** For a caller that has no use for the checked exception. */
    public int writeUnchecked(LocalDateTime since, Writer out) {
        try {
            return write(since, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
