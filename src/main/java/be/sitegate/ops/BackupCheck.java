package be.sitegate.ops;

import be.sitegate.store.StoreInspection;
import java.nio.file.Path;

/**
 * A backup file ({@code sitegate backup}) is whole ({@code PRAGMA integrity_check}, the full check),
 * is a SiteGate store this version can open, and what it holds: the counts and its newest
 * registration, so whoever restores it knows what they get back.
 */
public final class BackupCheck implements Check {

    private final Path backup;

    public BackupCheck(Path backup) {
        this.backup = backup;
    }

    @Override
    public String name() {
        return "backup";
    }

    @Override
    public CheckResult run() {
        StoreInspection.Report report = StoreInspection.inspect(backup, StoreInspection.Depth.FULL);
        if (!report.intact()) {
            return CheckResult.fail(name(), backup + " is not a usable backup: " + String.join("; ", report.problems()),
                    "take a new one with 'sitegate backup --out FILE' and check it again");
        }
        int known = StoreInspection.knownSchemaVersion();
        if (report.schemaVersion() > known) {
            return CheckResult.fail(name(), backup + " has schema version " + report.schemaVersion()
                    + ", newer than this SiteGate (" + known + ")", "restore it with the SiteGate that made it");
        }
        var counts = report.outbox();
        return CheckResult.ok(name(), backup + " intact, schema " + report.schemaVersion()
                + (report.schemaVersion() < known ? " (brought up to " + known + " when the kiosk opens it)" : "")
                + ": " + report.registrations() + " registrations, " + report.events() + " events, "
                + counts.waiting() + " waiting, " + counts.accepted() + " with a receipt; newest "
                + report.newestRegistration().map(Object::toString).orElse("none"));
    }
}
