package be.sitegate.app;

import static org.assertj.core.api.Assertions.assertThat;

import be.sitegate.domain.BadgeUid;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The badge-link key in a real data folder: made once (32 bytes, 0600) and kept; a file of the wrong
 * size no longer stops the kiosk but is moved aside, said in a WARN for the site manager (never with
 * the key), and replaced by a new key, under which the badges linked before match nothing.
 */
class BadgeFingerprintsTest {

    private static final BadgeUid BADGE = BadgeUid.of(HexFormat.of().parseHex("04a1b2c3d4e5f6"));

    @TempDir
    Path dir;

    private Path key() {
        return dir.resolve("badge-link.key");
    }

    private Path aside() {
        return dir.resolve("badge-link.key.unusable");
    }

    @Test
    void theKeyIsMadeOnceOwnerOnlyAndKept() throws Exception {
        Path folder = dir.resolve("data");  // not there yet: made 0700 with the key
        byte[] first = BadgeFingerprints.inFolder(folder).of(BADGE);
        Path file = folder.resolve(BadgeFingerprints.FILE);
        assertThat(Files.size(file)).isEqualTo(BadgeFingerprints.SECRET_BYTES);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");
        assertThat(BadgeFingerprints.inFolder(folder).of(BADGE)).isEqualTo(first);
        assertThat(folder.resolve(BadgeFingerprints.UNUSABLE)).doesNotExist();
        assertThat(folder.resolve(BadgeFingerprints.FILE + ".new")).doesNotExist();
    }

    @ParameterizedTest(name = "a key file of {0} bytes")
    @ValueSource(ints = {0, 16, 31, 33, 64})
    void aKeyOfTheWrongSizeIsMovedAsideSaidAndReplaced(int bytes) throws Exception {
        byte[] before = BadgeFingerprints.inFolder(dir).of(BADGE);
        byte[] damaged = new byte[bytes];
        java.util.Arrays.fill(damaged, (byte) 0x5A);
        Files.write(key(), damaged);

        BadgeFingerprints after;
        List<ILoggingEvent> warnings;
        try (LogCapture log = new LogCapture()) {
            after = BadgeFingerprints.inFolder(dir);
            warnings = log.at(Level.WARN);
        }

        assertThat(aside()).hasBinaryContent(damaged);
        assertThat(Files.size(key())).isEqualTo(BadgeFingerprints.SECRET_BYTES);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key()))).isEqualTo("rw-------");
        assertThat(after.of(BADGE)).as("badges linked before no longer match").isNotEqualTo(before);
        assertThat(BadgeFingerprints.inFolder(dir).of(BADGE)).as("the new key is kept").isEqualTo(after.of(BADGE));
        assertThat(warnings).singleElement().satisfies(w -> assertThat(w.getFormattedMessage())
                .contains(key().toString(), bytes + " bytes instead of 32", aside().toString(), "new key",
                        "link their badges again"));
    }

    @Test
    void anOlderUnusableFileIsReplacedByTheNewOne() throws Exception {
        Files.write(aside(), new byte[] {1, 2, 3});
        Files.write(key(), new byte[] {9, 9});
        try (LogCapture log = new LogCapture()) {
            BadgeFingerprints.inFolder(dir);
        }
        assertThat(aside()).hasBinaryContent(new byte[] {9, 9});
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(aside()))).isEqualTo("rw-------");
    }

    @Test
    void theKeyIsNeverLogged() throws Exception {
        try (LogCapture log = new LogCapture()) {
            BadgeFingerprints.inFolder(dir);
            Files.write(key(), Files.readAllBytes(key()), java.nio.file.StandardOpenOption.APPEND);  // 64 bytes now
            byte[] doubled = Files.readAllBytes(key());
            BadgeFingerprints.inFolder(dir);
            String hex = HexFormat.of().formatHex(doubled, 0, BadgeFingerprints.SECRET_BYTES);
            String base64 = java.util.Base64.getEncoder().encodeToString(
                    java.util.Arrays.copyOf(doubled, BadgeFingerprints.SECRET_BYTES));
            assertThat(log.lines()).isNotEmpty().allSatisfy(line -> assertThat(line.toLowerCase())
                    .doesNotContain(hex).doesNotContain(base64.toLowerCase()));
        }
    }
}
