package be.sitegate.cli;

import be.sitegate.config.ConfigFile;
import be.sitegate.config.KioskConfig;
import be.sitegate.ops.LogSince;
import be.sitegate.ops.SupportLogs;
import be.sitegate.store.PrivateFiles;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code sitegate logs --since 2h [--out FILE]}: the kiosk's log files and its unit's journal since a
 * moment, masked, in one text for support (docs/OPERATIONS.md, "Logs").
 */
@Command(name = "logs", mixinStandardHelpOptions = true,
        description = "Bundles the kiosk's log files and the journal of the " + SupportLogs.UNIT + " unit since a"
                + " moment into one masked text for support (no national number, token or key).",
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:the bundle is written", "1:it could not be written (the message says why)",
                "2:a mistake on the command line"})
final class LogsCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--since", required = true, paramLabel = "WHEN",
            description = "30m, 2h or 3d back from now; a day (2026-11-23); or a moment (2026-11-23T07:00).")
    String since;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Write the bundle to this new file (0600) instead of standard output.")
    Path out;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Configuration file naming the data folder (default: ~/.config/sitegate/sitegate.properties).")
    Path configFile;

    @Override
    public Integer call() throws Exception {
        LocalDateTime from;
        try {
            from = LogSince.parse(since, Clock.systemUTC(), ZoneId.systemDefault());
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        KioskConfig config = ConfigFile.load(Optional.ofNullable(configFile), System.getenv(), false);
        SupportLogs logs = new SupportLogs(SupportLogs.folderOf(config), SupportLogs.findJournalctl());
        if (out == null) {
            logs.write(from, spec.commandLine().getOut());
            return 0;
        }
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            PrivateFiles.createFolders(parent);
        }
        try {
            PrivateFiles.createNew(out);
        } catch (java.nio.file.FileAlreadyExistsException e) {
            throw new IllegalStateException(out + " already exists; choose a new name", e);
        }
        int lines;
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING)) {
            lines = logs.write(from, w);
        }
        spec.commandLine().getOut().printf("%d lines since %s written to %s%n", lines, from, out.toAbsolutePath());
        return 0;
    }
}
