package be.sitegate.cli;

import be.sitegate.config.ConfigFile;
import be.sitegate.config.KioskConfig;
import be.sitegate.store.StoreBackup;
import be.sitegate.store.StoreInspection;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code sitegate backup --out FILE}: a consistent copy of the kiosk's database while the kiosk runs
 * (docs/OPERATIONS.md, "Backup and restore"), readable by this user only, never over an existing file,
 * checked in full before the command says it is done.
 */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = {"Copies the kiosk's database into FILE while the kiosk runs: one consistent snapshot,"
                + " created 0600 (folders 0700), never over an existing file, then checked in full.",
                "Restore: README, \"Backup and restore\"."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:the backup is written and intact", "1:no backup (the message says why)",
                "2:a mistake on the command line"})
final class BackupCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The new backup file.")
    Path out;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Configuration file naming the store (default: ~/.config/sitegate/sitegate.properties).")
    Path configFile;

    @Override
    public Integer call() {
        KioskConfig config = ConfigFile.load(Optional.ofNullable(configFile), System.getenv(), false);
        StoreInspection.Report copy = StoreBackup.copy(config.storeFile(), out);
        spec.commandLine().getOut().printf("backup written to %s: %d registrations, %d events, %d waiting; intact%n",
                out.toAbsolutePath(), copy.registrations(), copy.events(), copy.outbox().waiting());
        return 0;
    }
}
