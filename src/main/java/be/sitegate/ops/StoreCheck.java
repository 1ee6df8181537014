package be.sitegate.ops;

import be.sitegate.store.StoreInspection;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The kiosk's database reads back whole ({@code PRAGMA quick_check}) on a read-only connection of its
 * own, so it runs while the kiosk has the file open and never takes the kiosk's data-folder lock.
 */
public final class StoreCheck implements Check {

    private final Path storeFile;

    public StoreCheck(Path storeFile) {
        this.storeFile = storeFile;
    }

    @Override
    public String name() {
        return "database";
    }

    @Override
    public CheckResult run() {
        if (!Files.exists(storeFile)) {
            return CheckResult.warn(name(), "no database yet at " + storeFile + " (the kiosk makes it at its first start)",
                    "start the kiosk once; if it has run before, check store.file: registrations may be elsewhere");
        }
        StoreInspection.Report report = StoreInspection.inspect(storeFile, StoreInspection.Depth.QUICK);
        if (!report.intact()) {
            return CheckResult.fail(name(), storeFile + " is damaged: " + String.join("; ", report.problems()),
                    "stop the kiosk and restore the latest backup (README, \"Backup and restore\"); keep the damaged"
                            + " file for support");
        }
        int known = StoreInspection.knownSchemaVersion();
        if (report.schemaVersion() > known) {
            return CheckResult.fail(name(), storeFile + " has schema version " + report.schemaVersion()
                    + ", newer than this SiteGate (" + known + ")", "install the newer SiteGate again");
        }
        return CheckResult.ok(name(), storeFile + " intact (schema " + report.schemaVersion() + ", "
                + report.registrations() + " registrations, " + report.events() + " events)");
    }
}
