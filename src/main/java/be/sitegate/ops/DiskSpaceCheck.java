package be.sitegate.ops;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Free space where the store lives. A registration is a few kilobytes, so space runs out slowly, but
 * a full disk stops the kiosk storing anything: under 1 GB is a warning (weeks of logs and backups
 * go fast), under 100 MB a failure (SQLite needs room for its journal and a checkpoint).
 */
public final class DiskSpaceCheck implements Check {

    public static final long WARN_BELOW = 1024L * 1024 * 1024;
    public static final long FAIL_BELOW = 100L * 1024 * 1024;

    private final Path dataFolder;

    public DiskSpaceCheck(Path dataFolder) {
        this.dataFolder = dataFolder;
    }

    @Override
    public String name() {
        return "disk space";
    }

    @Override
    public CheckResult run() {
        Path existing = dataFolder.toAbsolutePath();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return CheckResult.fail(name(), "no part of " + dataFolder + " exists", "check store.file");
        }
        long free;
        try {
            free = Files.getFileStore(existing).getUsableSpace();
        } catch (IOException e) {
            return CheckResult.fail(name(), "cannot read the free space of " + existing + ": " + e.getMessage(),
                    "check that the disk is mounted ('findmnt " + existing + "')");
        }
        String detail = megabytes(free) + " free in " + existing;
        String fix = "free space on that disk: old backups, 'journalctl --vacuum-size=200M', 'apt-get clean'";
        if (free < FAIL_BELOW) {
            return CheckResult.fail(name(), detail + " (under " + megabytes(FAIL_BELOW) + ")", fix);
        }
        if (free < WARN_BELOW) {
            return CheckResult.warn(name(), detail + " (under " + megabytes(WARN_BELOW) + ")", fix);
        }
        return CheckResult.ok(name(), detail);
    }

    static String megabytes(long bytes) {
        return (bytes / (1024 * 1024)) + " MB";
    }
}
