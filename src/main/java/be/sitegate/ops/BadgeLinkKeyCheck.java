package be.sitegate.ops;

import be.sitegate.app.BadgeFingerprints;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;

/**
 * The badge-link key ({@code badge-link.key} in the data folder, see {@link BadgeFingerprints}): there,
 * {@value BadgeFingerprints#SECRET_BYTES} bytes, readable by the kiosk's user alone. Looked at by its
 * size and mode only: the check never reads the key, so it cannot print it. A missing key, one of the
 * wrong size and one others may read are warnings: the kiosk still starts (it makes a new key, or moves
 * a bad one aside), but the badges linked before then no longer match, or the key is not private. A
 * key its owner may not read fails: the kiosk cannot start on it.
 */
public final class BadgeLinkKeyCheck implements Check {

    private static final Set<PosixFilePermission> GROUP_AND_OTHERS = EnumSet.of(
            PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE,
            PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

    private final Path dataFolder;

    public BadgeLinkKeyCheck(Path dataFolder) {
        this.dataFolder = dataFolder;
    }

    @Override
    public String name() {
        return "badge-link key";
    }

    @Override
    public CheckResult run() {
        Path file = dataFolder.resolve(BadgeFingerprints.FILE);
        Path aside = dataFolder.resolve(BadgeFingerprints.UNUSABLE);
        String earlier = Files.exists(aside) ? "; a key file found unusable earlier is kept as " + aside : "";
        if (!Files.exists(file)) {
            return CheckResult.warn(name(), "no badge-link key at " + file + " (a new one is made when the kiosk"
                    + " starts: badges linked before it no longer match)" + earlier,
                    "nothing to do on a new kiosk; after a restore or a move, workers link their badges again"
                            + " (the backup does not hold the key, on purpose)");
        }
        if (!Files.isRegularFile(file)) {
            return CheckResult.warn(name(), file + " is not a file: the kiosk moves it aside as " + aside
                    + " and makes a new key at its next start, and badges linked before no longer match",
                    "restart the kiosk; workers link their badges again");
        }
        long size;
        Set<PosixFilePermission> mode;
        try {
            size = Files.size(file);
            mode = posix() ? Files.getPosixFilePermissions(file) : Set.of();
        } catch (IOException e) {
            return CheckResult.warn(name(), "cannot look at " + file + ": " + e.getMessage(),
                    "run 'sitegate doctor' as the kiosk's user");
        }
        if (size != BadgeFingerprints.SECRET_BYTES) {
            return CheckResult.warn(name(), file + " has " + size + " bytes instead of "
                    + BadgeFingerprints.SECRET_BYTES + ": it cannot be the key. At its next start the kiosk moves it"
                    + " aside as " + aside + " and makes a new key; badges linked before no longer match",
                    "if this kiosk's right key is still somewhere (its earlier disk), stop the kiosk and put it back"
                            + " (0600, the kiosk's user); otherwise restart the kiosk and workers link their badges again");
        }
        String written = posix() ? "0" + octal(mode) : "(no POSIX permissions here)";
        if (posix() && !mode.contains(PosixFilePermission.OWNER_READ)) {
            return CheckResult.fail(name(), file + " has mode " + written + ": its owner cannot read it, so the kiosk"
                    + " cannot start", "chmod 600 " + file + " (as the kiosk's user)");
        }
        if (mode.stream().anyMatch(GROUP_AND_OTHERS::contains)) {
            return CheckResult.warn(name(), file + " has mode " + written + " (" + PosixFilePermissions.toString(mode)
                    + "): other users may read the key and, with a copy of the database, tell which badge is whose",
                    "chmod 600 " + file + " (as the kiosk's user)");
        }
        return CheckResult.ok(name(), file + " (" + size + " bytes, mode " + written + ")" + earlier);
    }

    private static String octal(Set<PosixFilePermission> mode) {
        int bits = 0;
        for (PosixFilePermission p : mode) {
            bits |= 1 << (8 - p.ordinal());
        }
        return String.format("%03o", bits);
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }
}
